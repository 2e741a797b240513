package vn.tincay.incident;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActionSummaryTest {

    @Test
    void moreCasesThanListedAreMarkedAsMore() {
        List<CaseLink> five = List.of(new CaseLink(1L, "A"), new CaseLink(2L, "B"), new CaseLink(3L, "C"),
                new CaseLink(4L, "D"), new CaseLink(5L, "E"));
        assertTrue(new ActionSummary(ActionNeeded.NEW_UNVERIFIED, 7, five).isMore());
        assertFalse(new ActionSummary(ActionNeeded.NEW_UNVERIFIED, 5, five).isMore());
        assertFalse(new ActionSummary(ActionNeeded.URGENT_OPEN, 0, List.of()).isMore());
    }

    @Test
    void onlyTheOverdueConditionNeedsToday() {
        for (ActionNeeded need : ActionNeeded.values()) {
            assertTrue(need.usesToday() == (need == ActionNeeded.OVERDUE_NEXT_STEPS), need.name());
        }
    }
}
