package vn.tincay.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuditEventTest {

    private static final Instant AT = Instant.parse("2026-03-08T02:00:00.123Z");
    private static final String PREVIOUS = "ab".repeat(32);
    private static final AuditEntry ENTRY = AuditEntry.of("staff1", "SCHOOL_STAFF", AuditAction.SIGN_IN)
            .target("UserAccount", "staff1").caseCode("HDEMO-2026-001").ip("127.0.0.1").detail("chi tiết");

    /** An event built the way the log builds them. */
    private record Event(long id, Instant at, AuditEntry entry, String previous) {
        AuditEvent build() {
            return new AuditEvent(id, at, entry, previous);
        }
    }

    private static final Event ORIGINAL = new Event(7, AT, ENTRY, PREVIOUS);

    @Test
    void theStoredHashIsTheComputedSha256OfTheContent() {
        AuditEvent event = ORIGINAL.build();

        assertEquals(event.computeHash(), event.getHash());
        assertTrue(event.getHash().matches("[0-9a-f]{64}"), event.getHash());
        assertEquals(PREVIOUS, event.getPrevHash());
    }

    @Test
    void theSameContentGivesTheSameHash() {
        assertEquals(ORIGINAL.build().getHash(), ORIGINAL.build().getHash());
    }

    static Stream<Named<UnaryOperator<Event>>> changes() {
        return Stream.of(
                Named.of("id", e -> new Event(e.id() + 1, e.at(), e.entry(), e.previous())),
                Named.of("time", e -> new Event(e.id(), e.at().plusSeconds(1), e.entry(), e.previous())),
                Named.of("actor", e -> new Event(e.id(), e.at(), withActor(e.entry(), "staff2"), e.previous())),
                Named.of("role", e -> new Event(e.id(), e.at(), new AuditEntry(e.entry().actor(), "ADMIN",
                        e.entry().action(), e.entry().targetType(), e.entry().targetId(), e.entry().caseCode(),
                        e.entry().ip(), e.entry().detail()), e.previous())),
                Named.of("action", e -> new Event(e.id(), e.at(), new AuditEntry(e.entry().actor(),
                        e.entry().actorRole(), AuditAction.SIGN_OUT, e.entry().targetType(), e.entry().targetId(),
                        e.entry().caseCode(), e.entry().ip(), e.entry().detail()), e.previous())),
                Named.of("target type", e -> new Event(e.id(), e.at(), e.entry().target("School", "staff1"), e.previous())),
                Named.of("target id", e -> new Event(e.id(), e.at(), e.entry().target("UserAccount", "staff2"), e.previous())),
                Named.of("case code", e -> new Event(e.id(), e.at(), e.entry().caseCode("HDEMO-2026-002"), e.previous())),
                Named.of("address", e -> new Event(e.id(), e.at(), e.entry().ip("10.0.0.1"), e.previous())),
                Named.of("detail", e -> new Event(e.id(), e.at(), e.entry().detail("chi tiet"), e.previous())),
                Named.of("previous hash", e -> new Event(e.id(), e.at(), e.entry(), "cd".repeat(32))));
    }

    @ParameterizedTest(name = "changing the {0} changes the hash")
    @MethodSource("changes")
    void changingAnyFieldChangesTheHash(UnaryOperator<Event> change) {
        assertNotEquals(ORIGINAL.build().getHash(), change.apply(ORIGINAL).build().getHash());
    }

    @Test
    void theHashCoversTheTimeOnlyAsPreciselyAsTheDatabaseKeepsIt() {
        AuditEvent event = new Event(7, AT.plusNanos(456_789), ENTRY, PREVIOUS).build();

        assertEquals(0, event.getOccurredAt().getNano() % 1_000_000, "no sub-millisecond part");
        assertEquals(ORIGINAL.build().getHash(), event.getHash());
    }

    @Test
    void overlongValuesAreCutToTheirColumnsBeforeHashing() {
        AuditEvent event = new Event(7, AT, ENTRY.detail("x".repeat(AuditEvent.DETAIL_LENGTH + 50))
                .ip("y".repeat(60)), PREVIOUS).build();

        assertEquals(AuditEvent.DETAIL_LENGTH, event.getDetail().length());
        assertEquals(45, event.getIp().length());
        assertEquals(event.computeHash(), event.getHash());
    }

    @Test
    void eachEventChainsToThePreviousOnesHash() {
        AuditEvent first = new Event(1, AT, ENTRY, AuditEvent.GENESIS_HASH).build();
        AuditEvent second = new Event(2, AT.plusSeconds(1), ENTRY, first.getHash()).build();
        AuditEvent forged = new Event(2, AT.plusSeconds(1), ENTRY,
                new Event(1, AT, ENTRY.detail("changed"), AuditEvent.GENESIS_HASH).build().getHash()).build();

        assertEquals(first.getHash(), second.getPrevHash());
        assertNotEquals(second.getHash(), forged.getHash());
    }

    private static AuditEntry withActor(AuditEntry entry, String actor) {
        return new AuditEntry(actor, entry.actorRole(), entry.action(), entry.targetType(), entry.targetId(),
                entry.caseCode(), entry.ip(), entry.detail());
    }
}
