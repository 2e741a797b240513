package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** One communication activity as listed in pages and reports. unitName: the school, or the district office. */
public record ActivityLine(long id, Long schoolId, String unitName, String title, LocalDate heldOn, ActivityForm form,
                           boolean audienceStaff, boolean audienceStudents, boolean audienceParents,
                           int participantsFemale, int participantsMale, ActionMonth actionMonth,
                           String effectiveness, int version) implements Serializable {

    public int participantsTotal() {
        return participantsFemale + participantsMale;
    }

    public Set<Audience> audiences() {
        Set<Audience> result = EnumSet.noneOf(Audience.class);
        if (audienceStaff) {
            result.add(Audience.STAFF);
        }
        if (audienceStudents) {
            result.add(Audience.STUDENTS);
        }
        if (audienceParents) {
            result.add(Audience.PARENTS);
        }
        return result;
    }
}
