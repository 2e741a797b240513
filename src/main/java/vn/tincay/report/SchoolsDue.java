package vn.tincay.report;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * For the coordinator's home page: a period of the district with how many schools have not
 * submitted yet and how many reports wait for review.
 */
public record SchoolsDue(long periodId, int year, ReportKind kind, LocalDate dueDate, boolean overdue, long daysLeft,
                         long notSubmitted, long awaitingReview) implements Serializable {
}
