package vn.tincay.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder to a unit whose report is overdue – sent by the daily run, or asked for by the
 * coordinator ("Nhắc nộp", {@code requestedBy} set). Its unique key allows one per unit and day.
 */
@Entity
@Table(name = "report_overdue_reminder")
public class ReportOverdueReminder extends UnitReminder {

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "requested_by", length = 64)
    private String requestedBy;

    protected ReportOverdueReminder() {
    }

    public ReportOverdueReminder(long periodId, long districtId, Long schoolId, LocalDate sentOn, String requestedBy,
                                 int recipients, Instant sentAt) {
        super(periodId, districtId, schoolId, recipients, sentAt);
        this.sentOn = sentOn;
        this.requestedBy = requestedBy;
    }

    /** The coordinator asks again on a day the automatic reminder already went out: recorded on the same row. */
    public void requestedBy(String coordinator, Instant at) {
        this.requestedBy = coordinator;
        sentAgain(at);
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public String getRequestedBy() {
        return requestedBy;
    }
}
