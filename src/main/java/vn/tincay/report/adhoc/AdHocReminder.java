package vn.tincay.report.adhoc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder sent to a school about an ad-hoc report it has not submitted: the one before the due
 * date, the ones after it, or the coordinator's "Nhắc nộp" ({@code requestedBy} set). Its unique key
 * allows one per school and day, so two nodes or two clicks cannot send the same reminder twice.
 */
@Entity
@Table(name = "adhoc_reminder")
public class AdHocReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(nullable = false)
    private boolean overdue;

    @Column(name = "requested_by", length = 64)
    private String requestedBy;

    @Column(nullable = false)
    private int recipients;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AdHocReminder() {
    }

    public AdHocReminder(long requestId, long schoolId, LocalDate sentOn, boolean overdue, String requestedBy,
                         int recipients, Instant createdAt) {
        this.requestId = requestId;
        this.schoolId = schoolId;
        this.sentOn = sentOn;
        this.overdue = overdue;
        this.requestedBy = requestedBy;
        this.recipients = recipients;
        this.createdAt = createdAt;
    }

    /** The coordinator asks on a day an automatic reminder already went out: recorded on the same row. */
    void requestedBy(String coordinator, int told) {
        this.requestedBy = coordinator;
        this.recipients += told;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public String getRequestedBy() {
        return requestedBy;
    }
}
