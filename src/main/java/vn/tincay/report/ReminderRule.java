package vn.tincay.report;

import java.time.LocalDate;

/**
 * When a deadline reminder goes out: from {@code days} days before the due date up to the due date
 * itself, to a unit that has not submitted yet and has not been reminded for this period.
 */
public final class ReminderRule {

    private ReminderRule() {
    }

    /** Whether today lies in the reminder window of a report due on {@code dueDate}. */
    public static boolean inWindow(LocalDate today, LocalDate dueDate, int days) {
        return !today.isAfter(dueDate) && !today.isBefore(dueDate.minusDays(Math.max(0, days)));
    }

    public static boolean shouldRemind(LocalDate today, LocalDate dueDate, int days, boolean submitted,
                                       boolean alreadyReminded) {
        return inWindow(today, dueDate, days) && !submitted && !alreadyReminded;
    }
}
