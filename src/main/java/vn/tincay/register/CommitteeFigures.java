package vn.tincay.register;

import java.io.Serializable;

/**
 * One unit's committee as a report of a period sees it: the decision in force at the period's end
 * (null when the unit has none by then), the women among its members serving that year, whether a
 * decision set up or re-formed the committee within the period, and the meetings held in the period.
 */
public record CommitteeFigures(CommitteeDecisionLine decisionInForce, WomenShare members, boolean formedInPeriod,
                               long meetings) implements Serializable {

    public static final CommitteeFigures NONE = new CommitteeFigures(null, new WomenShare(0, 0), false, 0);

    public boolean hasCommittee() {
        return decisionInForce != null;
    }
}
