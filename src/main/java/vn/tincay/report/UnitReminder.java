package vn.tincay.report;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A reminder about one period's report sent to one unit (a school, or the district office when the
 * school is null) and to how many of its people; {@code unit_key} (the school, 0 for the office) lets a
 * unique key hold for the district office too.
 */
@MappedSuperclass
public abstract class UnitReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period_id", nullable = false)
    private long periodId;

    @Column(name = "district_id", nullable = false)
    private long districtId;

    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "unit_key", nullable = false)
    private long unitKey;

    @Column(nullable = false)
    private int recipients;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected UnitReminder() {
    }

    protected UnitReminder(long periodId, long districtId, Long schoolId, int recipients, Instant sentAt) {
        this.periodId = periodId;
        this.districtId = districtId;
        this.schoolId = schoolId;
        this.unitKey = schoolId == null ? 0L : schoolId;
        this.recipients = recipients;
        this.sentAt = sentAt;
    }

    /** Sent again (to the same unit, the same day or period) at this time. */
    protected void sentAgain(Instant at) {
        this.sentAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getPeriodId() {
        return periodId;
    }

    public long getDistrictId() {
        return districtId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getRecipients() {
        return recipients;
    }
}
