package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;

/** An activity or a training of one topic, as a report lists it. training: a training, else an activity. */
public record TopicWork(LocalDate on, String title, String unitName, boolean training, int participantsFemale,
                        int participantsMale) implements Serializable {

    public int participantsTotal() {
        return participantsFemale + participantsMale;
    }
}
