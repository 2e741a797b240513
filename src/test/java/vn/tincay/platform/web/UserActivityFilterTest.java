package vn.tincay.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Background requests (the bell) never keep a session alive past the user's own idle timeout. */
class UserActivityFilterTest {

    private static final long MINUTE = 60_000;
    private final Session session = new Session(15 * 60);

    @Test
    void aBackgroundRequestLeavesTheSessionOnlyWhatIsLeftOfTheUsersIdleTime() {
        UserActivityFilter.userRequest(session, 0);

        assertEquals(5 * 60, UserActivityFilter.secondsLeft(session, 10 * MINUTE));

        assertEquals(5 * 60, session.maxInactive, "the session ends 15 minutes after the user's last request");
        assertFalse(session.invalidated);
    }

    @Test
    void backgroundRequestsAloneNeverPushTheEndOfTheSessionLater() {
        UserActivityFilter.userRequest(session, 0);

        for (long minute = 1; minute < 15; minute++) {
            assertEquals(15 * 60 - minute * 60, UserActivityFilter.secondsLeft(session, minute * MINUTE));
            assertEquals(15 * 60 - minute * 60, session.maxInactive);
        }
        assertEquals(0, UserActivityFilter.secondsLeft(session, 15 * MINUTE));
        assertTrue(session.invalidated, "ended when the user has been away as long as the timeout");
    }

    @Test
    void theUsersNextRequestGivesTheSessionItsFullTimeoutBack() {
        UserActivityFilter.userRequest(session, 0);
        UserActivityFilter.secondsLeft(session, 12 * MINUTE);

        UserActivityFilter.userRequest(session, 13 * MINUTE);

        assertEquals(15 * 60, session.maxInactive);
        assertEquals(60, UserActivityFilter.secondsLeft(session, 27 * MINUTE));
        assertEquals(60, session.maxInactive);
    }

    @Test
    void aSessionWithoutTimeoutIsLeftAlone() {
        Session forever = new Session(0);
        UserActivityFilter.userRequest(forever, 0);

        assertEquals(Long.MAX_VALUE, UserActivityFilter.secondsLeft(forever, 600 * MINUTE));
        assertEquals(0, forever.maxInactive);
    }

    @Test
    void noSessionMeansTheBackgroundRequestIsRefused() {
        assertEquals(0, UserActivityFilter.secondsLeft(null, 0));
    }

    @Test
    void aSessionNotSeenBeforeStartsItsIdleTimeAtTheFirstBackgroundRequest() {
        assertEquals(15 * 60, UserActivityFilter.secondsLeft(session, 5 * MINUTE));
        assertEquals(14 * 60, UserActivityFilter.secondsLeft(session, 6 * MINUTE));
    }

    /** A session as the servlet container keeps it: attributes, the timeout, invalidation. */
    private static final class Session implements HttpSession {

        private final Map<String, Object> attributes = new HashMap<>();
        int maxInactive;
        boolean invalidated;

        Session(int maxInactive) {
            this.maxInactive = maxInactive;
        }

        @Override
        public long getCreationTime() {
            return 0;
        }

        @Override
        public String getId() {
            return "test";
        }

        @Override
        public long getLastAccessedTime() {
            return 0;
        }

        @Override
        public ServletContext getServletContext() {
            return null;
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
            maxInactive = interval;
        }

        @Override
        public int getMaxInactiveInterval() {
            return maxInactive;
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }

        @Override
        public void invalidate() {
            invalidated = true;
            attributes.clear();
        }

        @Override
        public boolean isNew() {
            return false;
        }
    }
}
