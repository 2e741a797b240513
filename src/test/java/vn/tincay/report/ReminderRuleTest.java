package vn.tincay.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReminderRuleTest {

    private static final LocalDate DUE = LocalDate.of(2026, 5, 12);

    @Test
    void aReminderGoesOutFromSevenDaysBeforeTheDueDateUntilTheDueDate() {
        assertFalse(ReminderRule.inWindow(LocalDate.of(2026, 5, 4), DUE, 7));
        assertTrue(ReminderRule.inWindow(LocalDate.of(2026, 5, 5), DUE, 7));
        assertTrue(ReminderRule.inWindow(DUE, DUE, 7));
        assertFalse(ReminderRule.inWindow(LocalDate.of(2026, 5, 13), DUE, 7));
    }

    @Test
    void theWindowFollowsTheConfiguredNumberOfDays() {
        assertTrue(ReminderRule.inWindow(LocalDate.of(2026, 4, 28), DUE, 14));
        assertFalse(ReminderRule.inWindow(LocalDate.of(2026, 5, 10), DUE, 1));
    }

    @Test
    void aUnitIsRemindedOnceAndNotAfterItSubmitted() {
        LocalDate today = LocalDate.of(2026, 5, 8);
        assertTrue(ReminderRule.shouldRemind(today, DUE, 7, false, false));
        assertFalse(ReminderRule.shouldRemind(today, DUE, 7, false, true));
        assertFalse(ReminderRule.shouldRemind(today, DUE, 7, true, false));
    }

    @Test
    void aMissingReportIsRemindedTheDayAfterItsDueDateThenWeeklyUntilItIsSubmitted() {
        assertFalse(ReminderRule.shouldRemindOverdue(DUE, DUE, false, null), "not on the due date itself");
        assertTrue(ReminderRule.shouldRemindOverdue(DUE.plusDays(1), DUE, false, null));
        assertFalse(ReminderRule.shouldRemindOverdue(DUE.plusDays(3), DUE, false, DUE.plusDays(1)));
        assertTrue(ReminderRule.shouldRemindOverdue(DUE.plusDays(8), DUE, false, DUE.plusDays(1)));
        assertFalse(ReminderRule.shouldRemindOverdue(DUE.plusDays(8), DUE, true, null), "submitted");
        assertFalse(ReminderRule.shouldRemindOverdue(DUE.plusDays(61), DUE, false, DUE.plusDays(50)),
                "no reminders for ever");
    }
}
