package vn.tincay.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tincay.followup.Cases.aCase;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tincay.incident.Incident;
import vn.tincay.platform.UserFacingException;

class CoordinationEntryTest {

    /** 18:00 UTC on 1 March is already 2 March in Vietnam. */
    private static final Instant EVENING_UTC = Instant.parse("2026-03-01T18:00:00Z");
    private static final LocalDate VIETNAM_TODAY = LocalDate.of(2026, 3, 2);

    private static CoordinationEntry entry(Incident incident, Agency agency, String action, String nextStep,
                                           LocalDate due) {
        return new CoordinationEntry(incident, agency, action, " ", nextStep, due, "coordinator", EVENING_UTC);
    }

    private static String refusal(Runnable action) {
        return assertThrows(UserFacingException.class, action::run).getMessageKey();
    }

    @Test
    void anEntryNeedsTheAgencyAndWhatWasDone() {
        Incident incident = aCase().build();
        assertEquals("coordination.error.agencyMissing", refusal(() -> entry(incident, null, "Gọi điện", null, null)));
        assertEquals("coordination.error.actionMissing", refusal(() -> entry(incident, Agency.POLICE, "  ", null, null)));
    }

    @Test
    void anEntryKeepsTrimmedTextAndNoBlankOutcome() {
        CoordinationEntry entry = entry(aCase().build(), Agency.POLICE, " Gọi điện cho công an xã ", " Gặp gia đình ",
                VIETNAM_TODAY);
        assertEquals("Gọi điện cho công an xã", entry.getActionTaken());
        assertNull(entry.getOutcome());
        assertEquals("Gặp gia đình", entry.getNextStep());
        assertFalse(entry.isNextStepDone());
    }

    @Test
    void aDueDateNeedsANextStep() {
        assertEquals("coordination.error.dueWithoutStep",
                refusal(() -> entry(aCase().build(), Agency.FAMILY, "Trao đổi", " ", VIETNAM_TODAY.plusDays(3))));
    }

    @Test
    void aNextStepCannotBeDueBeforeTodayInVietnam() {
        Incident incident = aCase().build();
        assertEquals("coordination.error.dueInPast",
                refusal(() -> entry(incident, Agency.FAMILY, "Trao đổi", "Gặp lại", VIETNAM_TODAY.minusDays(1))));
        entry(incident, Agency.FAMILY, "Trao đổi", "Gặp lại", VIETNAM_TODAY);
    }

    @Test
    void aClosedCaseTakesNoNewEntries() {
        assertEquals("coordination.error.caseClosed",
                refusal(() -> entry(aCase().closed().build(), Agency.POLICE, "Gọi điện", null, null)));
    }

    @Test
    void aNextStepIsOverdueOnlyAfterItsDueDayAndWhileNotDone() {
        CoordinationEntry entry = entry(aCase().build(), Agency.HEALTH, "Khám", "Tái khám", VIETNAM_TODAY);
        assertFalse(entry.isOverdue(VIETNAM_TODAY));
        assertTrue(entry.isOverdue(VIETNAM_TODAY.plusDays(1)));
        entry.markNextStepDone();
        assertFalse(entry.isOverdue(VIETNAM_TODAY.plusDays(1)));
    }

    @Test
    void anEntryWithoutNextStepIsNeverOverdueAndCannotBeMarkedDone() {
        CoordinationEntry entry = entry(aCase().build(), Agency.SCHOOL, "Họp", null, null);
        assertFalse(entry.isOverdue(VIETNAM_TODAY.plusYears(1)));
        assertEquals("coordination.error.noNextStep", refusal(entry::markNextStepDone));
    }

    @Test
    void aNextStepIsMarkedDoneOnce() {
        CoordinationEntry entry = entry(aCase().build(), Agency.JUSTICE, "Gửi hồ sơ", "Chờ trả lời", null);
        entry.markNextStepDone();
        assertTrue(entry.isNextStepDone());
        assertEquals("coordination.error.alreadyDone", refusal(entry::markNextStepDone));
    }
}
