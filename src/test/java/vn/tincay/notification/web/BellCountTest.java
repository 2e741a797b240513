package vn.tincay.notification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.tincay.incident.CaseDashboard;

/** The bell's number: exact while counting did not stop, a labelled lower bound ("999+") where it did. */
class BellCountTest {

    @Test
    void countsUpToTheLimitAreShownAsTheyAre() {
        assertEquals("0", NotificationBellBacking.countText(0));
        assertEquals("7", NotificationBellBacking.countText(7));
        assertEquals("999", NotificationBellBacking.countText(CaseDashboard.COUNT_LIMIT));
    }

    @Test
    void whereCountingStoppedTheBellSaysAtLeast() {
        assertEquals("999+", NotificationBellBacking.countText(CaseDashboard.COUNT_LIMIT + 1));
        assertEquals("999+", NotificationBellBacking.countText(5_000));
    }
}
