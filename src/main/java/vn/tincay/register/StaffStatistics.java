package vn.tincay.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.UserFacingException;

/**
 * Head counts by sex of one unit for one reporting period: staff, leaders and managers, party
 * committee members (cap uy vien), its standing committee (ban thuong vu), and the committee for the
 * advancement of women (Ban VSTBPN). Leaders are among the staff, and the standing committee is part
 * of the party committee, so neither may outnumber its group for either sex.
 */
@Entity
@Table(name = "staff_statistics")
public class StaffStatistics extends UnitRecord {

    public static final int NOTE = 2000;

    @Column(name = "unit_key", nullable = false, updatable = false)
    private long unitKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false, updatable = false)
    private ReportingPeriod period;

    @NotNull
    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @PositiveOrZero @Max(Counts.MAX)
    @Column(name = "staff_female", nullable = false)
    private int staffFemale;
    @PositiveOrZero @Max(Counts.MAX)
    @Column(name = "staff_male", nullable = false)
    private int staffMale;
    @PositiveOrZero @Max(Counts.MAX)
    @Column(name = "leaders_female", nullable = false)
    private int leadersFemale;
    @PositiveOrZero @Max(Counts.MAX)
    @Column(name = "leaders_male", nullable = false)
    private int leadersMale;
    @PositiveOrZero @Max(Counts.MAX)
    @Column(name = "party_committee_female", nullable = false)
    private int partyCommitteeFemale;
    @PositiveOrZero @Max(Counts.MAX)
    @Column(name = "party_committee_male", nullable = false)
    private int partyCommitteeMale;
    @PositiveOrZero @Max(Counts.MAX)
    @Column(name = "standing_committee_female", nullable = false)
    private int standingCommitteeFemale;
    @PositiveOrZero @Max(Counts.MAX)
    @Column(name = "standing_committee_male", nullable = false)
    private int standingCommitteeMale;
    @PositiveOrZero @Max(Counts.MAX)
    @Column(name = "committee_female", nullable = false)
    private int committeeFemale;
    @PositiveOrZero @Max(Counts.MAX)
    @Column(name = "committee_male", nullable = false)
    private int committeeMale;

    @PositiveOrZero @Max(Counts.MAX)
    @Column(name = "succession_pool_female", nullable = false)
    private int successionPoolFemale;
    @PositiveOrZero @Max(Counts.MAX)
    @Column(name = "succession_pool_male", nullable = false)
    private int successionPoolMale;

    @Size(max = NOTE)
    @Column(length = NOTE)
    private String note;

    protected StaffStatistics() {
    }

    public StaffStatistics(District district, School school, ReportingPeriod period, String by, Instant at) {
        super(district, school, by, at);
        if (!Objects.equals(period.getDistrict().getId(), district.getId())) {
            throw new IllegalArgumentException("Period of another district");
        }
        this.period = period;
        this.unitKey = school == null ? 0L : school.getId();
    }

    /** Sets all counts at once; see the class comment for the consistency rules. */
    public void count(LocalDate asOf, Headcounts counts, String note, String by, Instant at) {
        counts.validate();
        requireWithinPeriod(asOf, period);
        this.asOf = asOf;
        this.staffFemale = (int) counts.staffFemale();
        this.staffMale = (int) counts.staffMale();
        this.leadersFemale = (int) counts.leadersFemale();
        this.leadersMale = (int) counts.leadersMale();
        this.partyCommitteeFemale = (int) counts.partyCommitteeFemale();
        this.partyCommitteeMale = (int) counts.partyCommitteeMale();
        this.standingCommitteeFemale = (int) counts.standingCommitteeFemale();
        this.standingCommitteeMale = (int) counts.standingCommitteeMale();
        this.committeeFemale = (int) counts.committeeFemale();
        this.committeeMale = (int) counts.committeeMale();
        this.successionPoolFemale = (int) counts.successionPoolFemale();
        this.successionPoolMale = (int) counts.successionPoolMale();
        this.note = note;
        touch(by, at);
    }

    public Headcounts headcounts() {
        return new Headcounts(staffFemale, staffMale, leadersFemale, leadersMale, partyCommitteeFemale,
                partyCommitteeMale, standingCommitteeFemale, standingCommitteeMale, committeeFemale, committeeMale,
                successionPoolFemale, successionPoolMale);
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public long getUnitKey() {
        return unitKey;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public String getNote() {
        return note;
    }

    /**
     * The counting date lies in the period: not before its start, not after its end or its due
     * date (whichever is later), so that "the latest statistics of a range" means something.
     */
    static void requireWithinPeriod(LocalDate asOf, ReportingPeriod period) {
        LocalDate last = period.getDueDate().isAfter(period.getCoversTo()) ? period.getDueDate() : period.getCoversTo();
        if (asOf == null || asOf.isBefore(period.getCoversFrom()) || asOf.isAfter(last)) {
            throw new UserFacingException("register.error.asOfOutsidePeriod");
        }
    }

    /** Checks a set of counts before they are stored. */
    static void requireConsistent(Headcounts c) {
        Counts.requireValid(c.staffFemale(), c.staffMale(), c.leadersFemale(), c.leadersMale(),
                c.partyCommitteeFemale(), c.partyCommitteeMale(), c.standingCommitteeFemale(),
                c.standingCommitteeMale(), c.committeeFemale(), c.committeeMale());
        if (c.leadersFemale() > c.staffFemale() || c.leadersMale() > c.staffMale()) {
            throw new UserFacingException("register.error.leadersAboveStaff");
        }
        if (c.standingCommitteeFemale() > c.partyCommitteeFemale()
                || c.standingCommitteeMale() > c.partyCommitteeMale()) {
            throw new UserFacingException("register.error.standingAboveParty");
        }
        // The succession pool is drawn from the unit's staff.
        if (c.successionPoolFemale() < 0 || c.successionPoolMale() < 0 || c.successionPoolFemale() > Counts.MAX
                || c.successionPoolMale() > Counts.MAX) {
            throw new UserFacingException("register.staff.pool.error.count");
        }
        if (c.successionPoolFemale() > c.staffFemale() || c.successionPoolMale() > c.staffMale()) {
            throw new UserFacingException("register.staff.pool.error.aboveStaff");
        }
    }
}
