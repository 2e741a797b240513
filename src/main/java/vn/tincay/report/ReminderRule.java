package vn.tincay.report;

import java.time.LocalDate;

/**
 * When a deadline reminder goes out: from {@code days} days before the due date up to the due date
 * itself, to a unit that has not submitted yet and has not been reminded for this period; and after
 * the due date, while the report is still missing (see {@link #shouldRemindOverdue}).
 */
public final class ReminderRule {

    private ReminderRule() {
    }

    /** Whether today lies in the reminder window of a report due on {@code dueDate}. */
    public static boolean inWindow(LocalDate today, LocalDate dueDate, int days) {
        return !today.isAfter(dueDate) && !today.isBefore(dueDate.minusDays(Math.max(0, days)));
    }

    /** Overdue reminders go out every {@value #OVERDUE_EVERY_DAYS} days for {@value #OVERDUE_FOR_DAYS} days after the due date. */
    public static final int OVERDUE_EVERY_DAYS = 7;
    public static final int OVERDUE_FOR_DAYS = 60;

    /**
     * After the due date, a unit that has not submitted is reminded the next day, then every
     * {@value #OVERDUE_EVERY_DAYS} days (a "Nhắc nộp" of the coordinator counts as a reminder).
     */
    public static boolean shouldRemindOverdue(LocalDate today, LocalDate dueDate, boolean submitted,
                                              LocalDate lastReminder) {
        return today.isAfter(dueDate) && !today.isAfter(dueDate.plusDays(OVERDUE_FOR_DAYS)) && !submitted
                && (lastReminder == null || !lastReminder.isAfter(today.minusDays(OVERDUE_EVERY_DAYS)));
    }

    public static boolean shouldRemind(LocalDate today, LocalDate dueDate, int days, boolean submitted,
                                       boolean alreadyReminded) {
        return inWindow(today, dueDate, days) && !submitted && !alreadyReminded;
    }
}
