package vn.tincay.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import vn.tincay.organisation.District;
import vn.tincay.platform.UserFacingException;

/**
 * A reporting period the district sets for a year: the interim report (so ket) or the year-end
 * report (tong ket), the dates its report covers and the date it is due at the district office.
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false, updatable = false)
    private District district;

    @Column(nullable = false, updatable = false)
    private int year;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private PeriodKind kind;

    @NotNull
    @Column(name = "covers_from", nullable = false)
    private LocalDate coversFrom;

    @NotNull
    @Column(name = "covers_to", nullable = false)
    private LocalDate coversTo;

    @NotNull
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    /** The district's own deadline to the province; rows from before it existed read as 10 days after. */
    @Column(name = "district_due_date")
    private LocalDate districtDueDate;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected ReportingPeriod() {
    }

    private ReportingPeriod(District district, int year, PeriodKind kind, PeriodDates dates, String by, Instant at) {
        this.district = district;
        this.year = year;
        this.kind = kind;
        change(dates, by, at);
    }

    /** The default period of a year, created on demand the first time the year is used. */
    public static ReportingPeriod defaultFor(District district, int year, PeriodKind kind, String by, Instant at) {
        return new ReportingPeriod(district, year, kind, PeriodDates.defaultFor(year, kind,
                district.getReportingYearStart()), by, at);
    }

    /** The district changes the covered dates or the due date. */
    public void change(PeriodDates dates, String by, Instant at) {
        dates.requireValidFor(year);
        this.coversFrom = dates.coversFrom();
        this.coversTo = dates.coversTo();
        this.dueDate = dates.dueDate();
        this.districtDueDate = dates.districtDueDate();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public PeriodDates dates() {
        return new PeriodDates(coversFrom, coversTo, dueDate, getDistrictDueDate());
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(coversFrom) && !date.isAfter(coversTo);
    }

    public boolean isOverdue(LocalDate today) {
        return today.isAfter(dueDate);
    }

    public Long getId() {
        return id;
    }

    public District getDistrict() {
        return district;
    }

    public int getYear() {
        return year;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public LocalDate getCoversFrom() {
        return coversFrom;
    }

    public LocalDate getCoversTo() {
        return coversTo;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getDistrictDueDate() {
        return districtDueDate != null ? districtDueDate
                : dueDate == null ? null : dueDate.plusDays(PeriodDates.DISTRICT_DAYS_AFTER);
    }

    /** The deadline of a unit's report: the schools' date, or the district's own date for its consolidated report. */
    public LocalDate dueDateFor(boolean districtOffice) {
        return districtOffice ? getDistrictDueDate() : dueDate;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }

    /** Guards against a typo such as a range of several years. */
    static void requireSensible(boolean condition, String key) {
        if (!condition) {
            throw new UserFacingException(key);
        }
    }
}
