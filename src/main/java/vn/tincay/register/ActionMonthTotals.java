package vn.tincay.register;

import java.io.Serializable;

/** Communication activities of one action month (or of none), with participants by sex. */
public record ActionMonthTotals(ActionMonth actionMonth, long activities, long participantsFemale,
                                long participantsMale) implements Serializable {

    public long participantsTotal() {
        return participantsFemale + participantsMale;
    }
}
