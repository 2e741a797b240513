package vn.tincay.register;

import java.io.Serializable;

/**
 * The head counts by sex of a unit's staff statistics, stored or summed over several units, with
 * the women's shares and the standing-committee warning derived from them.
 */
public record Headcounts(long staffFemale, long staffMale, long leadersFemale, long leadersMale,
                         long partyCommitteeFemale, long partyCommitteeMale,
                         long standingCommitteeFemale, long standingCommitteeMale,
                         long committeeFemale, long committeeMale,
                         long successionPoolFemale, long successionPoolMale) implements Serializable {

    /** Counts without the succession pool (kept at zero). */
    public Headcounts(long staffFemale, long staffMale, long leadersFemale, long leadersMale,
                      long partyCommitteeFemale, long partyCommitteeMale,
                      long standingCommitteeFemale, long standingCommitteeMale,
                      long committeeFemale, long committeeMale) {
        this(staffFemale, staffMale, leadersFemale, leadersMale, partyCommitteeFemale, partyCommitteeMale,
                standingCommitteeFemale, standingCommitteeMale, committeeFemale, committeeMale, 0L, 0L);
    }

    public Headcounts(int staffFemale, int staffMale, int leadersFemale, int leadersMale,
                      int partyCommitteeFemale, int partyCommitteeMale,
                      int standingCommitteeFemale, int standingCommitteeMale,
                      int committeeFemale, int committeeMale) {
        this((long) staffFemale, (long) staffMale, (long) leadersFemale, (long) leadersMale,
                (long) partyCommitteeFemale, (long) partyCommitteeMale, (long) standingCommitteeFemale,
                (long) standingCommitteeMale, (long) committeeFemale, (long) committeeMale);
    }

    public static final Headcounts NONE = new Headcounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** @throws vn.tincay.platform.UserFacingException when a count is negative or a subgroup outnumbers its group */
    public void validate() {
        StaffStatistics.requireConsistent(this);
    }

    public WomenShare staff() {
        return new WomenShare(staffFemale, staffMale);
    }

    public WomenShare leaders() {
        return new WomenShare(leadersFemale, leadersMale);
    }

    public WomenShare partyCommittee() {
        return new WomenShare(partyCommitteeFemale, partyCommitteeMale);
    }

    public WomenShare standingCommittee() {
        return new WomenShare(standingCommitteeFemale, standingCommitteeMale);
    }

    public WomenShare committee() {
        return new WomenShare(committeeFemale, committeeMale);
    }

    /** Staff in the leadership succession pool (quy hoach), the seed letter's pipeline of women leaders. */
    public WomenShare successionPool() {
        return new WomenShare(successionPoolFemale, successionPoolMale);
    }

    /** The same counts with the succession pool set. */
    public Headcounts withSuccessionPool(long female, long male) {
        return new Headcounts(staffFemale, staffMale, leadersFemale, leadersMale, partyCommitteeFemale,
                partyCommitteeMale, standingCommitteeFemale, standingCommitteeMale, committeeFemale, committeeMale,
                female, male);
    }

    /** The five groups in report order, the targeted ones marked. */
    public java.util.List<GroupShare> groups() {
        return java.util.List.of(new GroupShare("staff", staff(), false), new GroupShare("leaders", leaders(), true),
                new GroupShare("partyCommittee", partyCommittee(), true),
                new GroupShare("standingCommittee", standingCommittee(), false),
                new GroupShare("committee", committee(), false));
    }

    /** The seed letter's rule: "Phải có cán bộ nữ trong cơ cấu ban thường vụ cấp ủy". */
    public boolean standingCommitteeWithoutWoman() {
        return standingCommittee().hasNoWoman();
    }

    public Headcounts plus(Headcounts o) {
        return new Headcounts(staffFemale + o.staffFemale, staffMale + o.staffMale,
                leadersFemale + o.leadersFemale, leadersMale + o.leadersMale,
                partyCommitteeFemale + o.partyCommitteeFemale, partyCommitteeMale + o.partyCommitteeMale,
                standingCommitteeFemale + o.standingCommitteeFemale, standingCommitteeMale + o.standingCommitteeMale,
                committeeFemale + o.committeeFemale, committeeMale + o.committeeMale,
                successionPoolFemale + o.successionPoolFemale, successionPoolMale + o.successionPoolMale);
    }
}
