package vn.tincay.register;

import java.io.Serializable;

/**
 * Women's share in one group of the staff statistics. group: staff, leaders, partyCommittee,
 * standingCommittee or committee; targeted: the district's target applies to the group
 * (leaders and party committee members, as in the seed letter).
 */
public record GroupShare(String group, WomenShare share, boolean targeted) implements Serializable {
}
