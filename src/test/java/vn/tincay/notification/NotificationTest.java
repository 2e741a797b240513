package vn.tincay.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T01:00:00Z");

    @Test
    void anUrgentIncidentNotificationNamesTheCaseAndIsUnread() {
        Notification n = Notification.urgentIncident(5, 42, "HDEMO-2026-0042", CREATED);
        assertEquals(NotificationKind.URGENT_INCIDENT, n.getKind());
        assertEquals(5L, n.getRecipientId());
        assertEquals(42L, n.getIncidentId());
        assertEquals("HDEMO-2026-0042", n.getCaseCode());
        assertFalse(n.isRead());
    }

    @Test
    void readingItAgainKeepsTheFirstReadingTime() {
        Notification n = Notification.urgentIncident(5, 42, "HDEMO-2026-0042", CREATED);
        Instant first = CREATED.plusSeconds(60);
        n.markRead(first);
        n.markRead(first.plusSeconds(3600));
        assertTrue(n.isRead());
        assertEquals(first, n.getReadAt());
    }
}
