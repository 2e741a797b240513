package vn.tincay.register;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The staff statistics of the caller's unit for one period, as typed into the form (id null: new). */
public class StaffStatisticsDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int version;
    @NotNull
    private Long periodId;
    @NotNull
    @PastOrPresent
    private LocalDate asOf;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer staffFemale = 0;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer staffMale = 0;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer leadersFemale = 0;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer leadersMale = 0;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer partyCommitteeFemale = 0;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer partyCommitteeMale = 0;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer standingCommitteeFemale = 0;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer standingCommitteeMale = 0;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer committeeFemale = 0;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer committeeMale = 0;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer successionPoolFemale = 0;
    @NotNull @PositiveOrZero @Max(Counts.MAX)
    private Integer successionPoolMale = 0;
    @Size(max = StaffStatistics.NOTE)
    private String note;

    public static StaffStatisticsDraft of(StaffStatistics s) {
        StaffStatisticsDraft d = new StaffStatisticsDraft();
        d.id = s.getId();
        d.version = s.getVersion();
        d.periodId = s.getPeriod().getId();
        d.asOf = s.getAsOf();
        Headcounts c = s.headcounts();
        d.staffFemale = (int) c.staffFemale();
        d.staffMale = (int) c.staffMale();
        d.leadersFemale = (int) c.leadersFemale();
        d.leadersMale = (int) c.leadersMale();
        d.partyCommitteeFemale = (int) c.partyCommitteeFemale();
        d.partyCommitteeMale = (int) c.partyCommitteeMale();
        d.standingCommitteeFemale = (int) c.standingCommitteeFemale();
        d.standingCommitteeMale = (int) c.standingCommitteeMale();
        d.committeeFemale = (int) c.committeeFemale();
        d.committeeMale = (int) c.committeeMale();
        d.successionPoolFemale = (int) c.successionPoolFemale();
        d.successionPoolMale = (int) c.successionPoolMale();
        d.note = s.getNote();
        return d;
    }

    public Headcounts headcounts() {
        return new Headcounts((long) staffFemale, (long) staffMale, (long) leadersFemale, (long) leadersMale, (long) partyCommitteeFemale, (long) partyCommitteeMale, (long) standingCommitteeFemale, (long) standingCommitteeMale, (long) committeeFemale, (long) committeeMale).withSuccessionPool(successionPoolFemale, successionPoolMale);
    }

    /** The counts the form shows while typing (a null field counts as 0). */
    public Headcounts typedHeadcounts() {
        return new Headcounts(value(staffFemale), value(staffMale), value(leadersFemale), value(leadersMale), value(partyCommitteeFemale), value(partyCommitteeMale), value(standingCommitteeFemale), value(standingCommitteeMale), value(committeeFemale), value(committeeMale)).withSuccessionPool(value(successionPoolFemale), value(successionPoolMale));
    }

    private static long value(Integer count) {
        return count == null || count < 0 ? 0 : count;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getStaffFemale() {
        return staffFemale;
    }

    public void setStaffFemale(Integer staffFemale) {
        this.staffFemale = staffFemale;
    }

    public Integer getStaffMale() {
        return staffMale;
    }

    public void setStaffMale(Integer staffMale) {
        this.staffMale = staffMale;
    }

    public Integer getLeadersFemale() {
        return leadersFemale;
    }

    public void setLeadersFemale(Integer leadersFemale) {
        this.leadersFemale = leadersFemale;
    }

    public Integer getLeadersMale() {
        return leadersMale;
    }

    public void setLeadersMale(Integer leadersMale) {
        this.leadersMale = leadersMale;
    }

    public Integer getPartyCommitteeFemale() {
        return partyCommitteeFemale;
    }

    public void setPartyCommitteeFemale(Integer partyCommitteeFemale) {
        this.partyCommitteeFemale = partyCommitteeFemale;
    }

    public Integer getPartyCommitteeMale() {
        return partyCommitteeMale;
    }

    public void setPartyCommitteeMale(Integer partyCommitteeMale) {
        this.partyCommitteeMale = partyCommitteeMale;
    }

    public Integer getStandingCommitteeFemale() {
        return standingCommitteeFemale;
    }

    public void setStandingCommitteeFemale(Integer standingCommitteeFemale) {
        this.standingCommitteeFemale = standingCommitteeFemale;
    }

    public Integer getStandingCommitteeMale() {
        return standingCommitteeMale;
    }

    public void setStandingCommitteeMale(Integer standingCommitteeMale) {
        this.standingCommitteeMale = standingCommitteeMale;
    }

    public Integer getCommitteeFemale() {
        return committeeFemale;
    }

    public void setCommitteeFemale(Integer committeeFemale) {
        this.committeeFemale = committeeFemale;
    }

    public Integer getCommitteeMale() {
        return committeeMale;
    }

    public void setCommitteeMale(Integer committeeMale) {
        this.committeeMale = committeeMale;
    }

    public Integer getSuccessionPoolFemale() {
        return successionPoolFemale;
    }

    public void setSuccessionPoolFemale(Integer successionPoolFemale) {
        this.successionPoolFemale = successionPoolFemale;
    }

    public Integer getSuccessionPoolMale() {
        return successionPoolMale;
    }

    public void setSuccessionPoolMale(Integer successionPoolMale) {
        this.successionPoolMale = successionPoolMale;
    }
}
