package vn.tincay.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder to a unit whose report is overdue – sent by the daily run, or asked for by the
 * coordinator ("Nhắc nộp", {@code requestedBy} set). Its unique key allows one per unit and day.
 */
@Entity
@Table(name = "report_overdue_reminder")
public class ReportOverdueReminder {

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

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "requested_by", length = 64)
    private String requestedBy;

    @Column(nullable = false)
    private int recipients;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ReportOverdueReminder() {
    }

    public ReportOverdueReminder(long periodId, long districtId, Long schoolId, LocalDate sentOn, String requestedBy,
                                 int recipients, Instant sentAt) {
        this.periodId = periodId;
        this.districtId = districtId;
        this.schoolId = schoolId;
        this.unitKey = schoolId == null ? 0L : schoolId;
        this.sentOn = sentOn;
        this.requestedBy = requestedBy;
        this.recipients = recipients;
        this.sentAt = sentAt;
    }

    /** The coordinator asks again on a day the automatic reminder already went out: recorded on the same row. */
    public void requestedBy(String coordinator, Instant at) {
        this.requestedBy = coordinator;
        this.sentAt = at;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public String getRequestedBy() {
        return requestedBy;
    }
}
