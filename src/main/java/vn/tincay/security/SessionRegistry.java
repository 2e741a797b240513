package vn.tincay.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The open sessions of each user, so that disabling an account or resetting its password ends them. */
@ApplicationScoped
public class SessionRegistry {

    private final Map<String, Set<HttpSession>> sessionsByUser = new ConcurrentHashMap<>();

    public void register(String username, HttpSession session) {
        sessionsByUser.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void forget(HttpSession session) {
        sessionsByUser.values().forEach(sessions -> sessions.remove(session));
    }

    /** Invalidates every open session of the user but the one given; returns how many it ended. */
    public int endOtherSessionsOf(String username, String keepSessionId) {
        Set<HttpSession> sessions = sessionsByUser.get(username);
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : Set.copyOf(sessions)) {
            if (session.getId().equals(keepSessionId)) {
                continue;
            }
            sessions.remove(session);
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyInvalid) {
                // Ended on its own meanwhile.
            }
        }
        return ended;
    }

    /** Invalidates every open session of the user; returns how many there were. */
    public int endSessionsOf(String username) {
        Set<HttpSession> sessions = sessionsByUser.remove(username);
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyInvalid) {
                // Ended on its own meanwhile.
            }
        }
        return ended;
    }
}
