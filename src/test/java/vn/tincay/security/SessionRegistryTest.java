package vn.tincay.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which sessions an end of an account's sessions, written by any node, concerns. */
class SessionRegistryTest {

    private static final Instant ENDED = Instant.parse("2026-12-04T03:00:00Z");

    private final SessionRegistry registry = new SessionRegistry();

    @Test
    void aSessionSignedInBeforeTheEndIsOver() throws Exception {
        registry.applyAll(List.of(revocation(1, "staff2", null, ENDED)));
        assertTrue(registry.isEnded(caller("staff2", ENDED.minusSeconds(60)), "session-a"));
    }

    @Test
    void aSessionSignedInAfterTheEndGoesOn() throws Exception {
        registry.applyAll(List.of(revocation(1, "staff2", null, ENDED)));
        assertFalse(registry.isEnded(caller("staff2", ENDED.plusSeconds(1)), "session-a"));
    }

    @Test
    void theSessionThatChangedItsOwnPasswordIsSpared() throws Exception {
        registry.applyAll(List.of(revocation(1, "staff2", SignInTickets.hash("session-keep"), ENDED)));
        assertFalse(registry.isEnded(caller("staff2", ENDED.minusSeconds(60)), "session-keep"));
        assertTrue(registry.isEnded(caller("staff2", ENDED.minusSeconds(60)), "session-other"));
    }

    @Test
    void otherAccountsAreNotConcerned() throws Exception {
        registry.applyAll(List.of(revocation(1, "staff2", null, ENDED)));
        assertFalse(registry.isEnded(caller("staff1", ENDED.minusSeconds(60)), "session-a"));
        assertFalse(registry.isEnded(null, "session-a"));
    }

    @Test
    void theLatestEndCountsWhateverOrderTheReadsBringThemIn() throws Exception {
        Instant later = ENDED.plusSeconds(600);
        registry.applyAll(List.of(revocation(2, "staff2", null, later)));
        registry.applyAll(List.of(revocation(1, "staff2", null, ENDED)));
        assertTrue(registry.isEnded(caller("staff2", ENDED.plusSeconds(60)), "session-a"));
    }

    private static SignedInCaller caller(String name, Instant signedInAt) {
        return new SignedInCaller(name, Set.of("SCHOOL_STAFF"), signedInAt);
    }

    private static SessionRevocation revocation(long id, String username, String keep, Instant at) throws Exception {
        SessionRevocation revocation = new SessionRevocation(username, keep, at);
        Field field = SessionRevocation.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(revocation, id);
        return revocation;
    }
}
