package vn.tincay.report.adhoc;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One ad-hoc report in a list: for the coordinator how many schools answered, for a school whether it
 * has answered.
 */
public record AdHocRow(long id, String title, LocalDate dueDate, boolean overdue, long submitted, long schools,
                       Instant ownSubmittedAt) implements Serializable {
}
