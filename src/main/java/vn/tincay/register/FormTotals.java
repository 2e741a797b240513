package vn.tincay.register;

import java.io.Serializable;

/** Communication activities held in one form, with participants by sex. */
public record FormTotals(ActivityForm form, long activities, long participantsFemale, long participantsMale)
        implements Serializable {

    public long participantsTotal() {
        return participantsFemale + participantsMale;
    }
}
