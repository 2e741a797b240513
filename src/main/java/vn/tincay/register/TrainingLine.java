package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;

/** One training as listed in pages and reports. */
public record TrainingLine(long id, Long schoolId, String unitName, String topic, LocalDate startsOn, LocalDate endsOn,
                           String organiser, int participantsFemale, int participantsMale, int managers,
                           int committeeMembers, int teachers, boolean leadershipForWomen, String note, int version)
        implements Serializable {

    public int participantsTotal() {
        return participantsFemale + participantsMale;
    }
}
