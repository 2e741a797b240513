package vn.tincay.report;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit's report for one period in a list: the period, and the report's state if one exists
 * (reportId and status null when the unit has not opened it yet).
 */
public record ReportRow(long periodId, int year, ReportKind kind, LocalDate coversFrom, LocalDate coversTo,
                        LocalDate dueDate, Long reportId, Long schoolId, String unitName, ReportStatus status,
                        Instant firstSubmittedAt, boolean late, boolean overdue, long daysLeft)
        implements Serializable {

    public boolean isOpened() {
        return reportId != null;
    }

    /** Not yet submitted and due in the next {@code days} days (or today). */
    public boolean isUpcoming(long days) {
        return firstSubmittedAt == null && !overdue && daysLeft <= days;
    }
}
