package vn.tincay.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends the sessions of an account that is disabled, has its password reset or its role changed –
 * on every node of a cluster. The end is written to the database ({@link SessionRevocation}) in the
 * caller's transaction; this node ends its own sessions at once, every other node reads it within
 * {@link SessionRevocationPoller#INTERVAL_MS} ms, ends the sessions it holds, and refuses any session
 * of that account signed in before the end that reaches it later (a session replicated from a node
 * that stopped). Works the same on a single node without a cluster.
 */
@ApplicationScoped
public class SessionRegistry {

    /** How long an end is remembered: longer than any session can stay signed in unnoticed. */
    static final Duration MEMORY = Duration.ofDays(7);

    private final Map<String, Set<HttpSession>> sessionsByUser = new ConcurrentHashMap<>();
    /** The latest end of each account's sessions that this node knows of. */
    private final Map<String, Revoked> revoked = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @PersistenceContext
    private EntityManager em;

    /** An end of an account's sessions, as this node applies it. */
    record Revoked(long id, Instant at, String keepSessionHash) {
    }

    public void register(String username, HttpSession session) {
        sessionsByUser.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void forget(HttpSession session) {
        sessionsByUser.values().forEach(sessions -> sessions.remove(session));
    }

    /** Ends every open session of the user but the one given, on every node; returns how many this node ended. */
    @Transactional
    public int endOtherSessionsOf(String username, String keepSessionId) {
        return end(username, keepSessionId == null ? null : SignInTickets.hash(keepSessionId));
    }

    /** Ends every open session of the user, on every node; returns how many this node ended. */
    @Transactional
    public int endSessionsOf(String username) {
        return end(username, null);
    }

    private int end(String username, String keepHash) {
        SessionRevocation revocation = new SessionRevocation(username, keepHash, Instant.now(clock));
        em.persist(revocation);
        em.flush();
        return apply(revocation);
    }

    /**
     * True when the session's caller signed in before an end of the account's sessions that spares
     * another session: the request must not go on.
     */
    public boolean isEnded(SignedInCaller caller, String sessionId) {
        Revoked end = caller == null ? null : revoked.get(caller.name());
        return end != null && caller.signedInAt().isBefore(end.at())
                && !SignInTickets.hash(sessionId).equals(end.keepSessionHash());
    }

    /** Applies ends read from the database; returns how many sessions of this node they ended. */
    int applyAll(List<SessionRevocation> revocations) {
        int ended = 0;
        for (SessionRevocation revocation : revocations) {
            Revoked known = revoked.get(revocation.getUsername());
            if (known == null || known.id() < revocation.getId()) {
                ended += apply(revocation);
            }
        }
        Instant horizon = Instant.now(clock).minus(MEMORY);
        revoked.values().removeIf(end -> end.at().isBefore(horizon));
        return ended;
    }

    private int apply(SessionRevocation revocation) {
        String username = revocation.getUsername();
        revoked.merge(username, new Revoked(revocation.getId(), revocation.getRevokedAt(),
                revocation.getKeepSessionHash()), (a, b) -> a.id() >= b.id() ? a : b);
        Set<HttpSession> sessions = sessionsByUser.get(username);
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : Set.copyOf(sessions)) {
            String id;
            try {
                id = session.getId();
            } catch (IllegalStateException gone) {
                sessions.remove(session);
                continue;
            }
            if (SignInTickets.hash(id).equals(revocation.getKeepSessionHash())) {
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
}
