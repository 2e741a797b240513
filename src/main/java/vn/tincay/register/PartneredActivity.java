package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** An activity held with partners, as the report's II.3 c) describes it. */
public record PartneredActivity(LocalDate heldOn, String title, String unitName, ActivityForm form,
                                List<String> partners, int participantsFemale, int participantsMale,
                                String effectiveness) implements Serializable {

    public int participantsTotal() {
        return participantsFemale + participantsMale;
    }
}
