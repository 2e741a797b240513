package vn.tincay.register;

import java.io.Serializable;

/** Number of communication activities and their participants by sex. */
public record ActivityTotals(long activities, long participantsFemale, long participantsMale) implements Serializable {

    public long participantsTotal() {
        return participantsFemale + participantsMale;
    }

    public WomenShare participants() {
        return new WomenShare(participantsFemale, participantsMale);
    }
}
