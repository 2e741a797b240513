package vn.tincay.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A deadline reminder sent to one unit for one period; its unique key makes it go out only once. */
@Entity
@Table(name = "report_reminder")
public class ReportReminder {

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

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(nullable = false)
    private int recipients;

    protected ReportReminder() {
    }

    public ReportReminder(long periodId, long districtId, Long schoolId, int recipients, Instant sentAt) {
        this.periodId = periodId;
        this.districtId = districtId;
        this.schoolId = schoolId;
        this.unitKey = schoolId == null ? 0L : schoolId;
        this.recipients = recipients;
        this.sentAt = sentAt;
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
