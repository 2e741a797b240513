package vn.tincay.register;

import java.io.Serializable;
import java.util.List;

/**
 * Staff statistics of a scope summed over its units, against the district's target.
 * unitsCounted: how many units' statistics were added up; unitsWithoutWomanInStandingCommittee:
 * names of the units whose standing committee has members but no woman.
 */
public record StaffStatisticsSummary(Headcounts counts, long unitsCounted,
                                     List<String> unitsWithoutWomanInStandingCommittee, TargetRange target)
        implements Serializable {

    public TargetStatus leadersStatus() {
        return counts.leaders().against(target);
    }

    public TargetStatus partyCommitteeStatus() {
        return counts.partyCommittee().against(target);
    }

    public boolean isEmpty() {
        return unitsCounted == 0;
    }
}
