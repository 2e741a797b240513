package vn.tincay.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuditChainTest {

    private static final String KEY_A1 = "a1:" + Base64.getEncoder().encodeToString("audit-key-one-for-tests-only-32b".getBytes(StandardCharsets.US_ASCII));
    private static final String KEY_A2 = "a2:" + Base64.getEncoder().encodeToString("audit-key-two-for-tests-only-32b".getBytes(StandardCharsets.US_ASCII));
    private static final AuditChain CHAIN = new AuditChain(AuditKeys.of(KEY_A1));
    private static final Instant AT = Instant.parse("2026-03-08T02:00:00.123Z");
    private static final AuditEntry ENTRY = AuditEntry.of("staff1", "SCHOOL_STAFF", AuditAction.SIGN_IN)
            .target("UserAccount", "staff1").caseCode("HDEMO-2026-001").ip("127.0.0.1").detail("chi tiết");

    private static AuditEvent signed(long id, Instant at, AuditEntry entry) {
        AuditEvent event = AuditEvent.stored(id, at, entry);
        CHAIN.sign(event);
        return event;
    }

    @Test
    void aNewRowIsSignedWithTheActiveKeyAndItsMacVerifies() {
        AuditEvent event = signed(7, AT, ENTRY);

        assertEquals("a1", event.getMacKey());
        assertTrue(event.getRowMac().matches("[0-9a-f]{64}"), event.getRowMac());
        assertTrue(CHAIN.rowIsAuthentic(event));
    }

    @Test
    void theRowMacIsNotAPlainHashThatAnyoneCouldRecompute() throws Exception {
        AuditEvent event = signed(7, AT, ENTRY);
        String plain = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(("row\u001e" + event.content()).getBytes(StandardCharsets.UTF_8)));

        assertNotEquals(plain, event.getRowMac());
        assertNotEquals(event.getRowMac(), new AuditChain(AuditKeys.of(KEY_A2.replace("a2", "a1"))).rowMac("a1", event));
    }

    static Stream<Named<UnaryOperator<AuditEntry>>> changes() {
        return Stream.of(
                Named.of("actor", e -> new AuditEntry("staff2", e.actorRole(), e.action(), e.targetType(), e.targetId(),
                        e.caseCode(), e.ip(), e.detail())),
                Named.of("role", e -> new AuditEntry(e.actor(), "ADMIN", e.action(), e.targetType(), e.targetId(),
                        e.caseCode(), e.ip(), e.detail())),
                Named.of("action", e -> new AuditEntry(e.actor(), e.actorRole(), AuditAction.SIGN_OUT, e.targetType(),
                        e.targetId(), e.caseCode(), e.ip(), e.detail())),
                Named.of("target type", e -> e.target("School", "staff1")),
                Named.of("target id", e -> e.target("UserAccount", "staff2")),
                Named.of("case code", e -> e.caseCode("HDEMO-2026-002")),
                Named.of("address", e -> e.ip("10.0.0.1")),
                Named.of("detail", e -> e.detail("chi tiet")),
                Named.of("absent detail", e -> e.detail(null)),
                Named.of("empty detail", e -> e.detail("")));
    }

    @ParameterizedTest(name = "changing the {0} breaks the row's MAC")
    @MethodSource("changes")
    void changingAnyFieldBreaksTheRowMac(UnaryOperator<AuditEntry> change) {
        AuditEvent original = signed(7, AT, ENTRY.detail(ENTRY.detail()));
        AuditEvent changed = AuditEvent.stored(7, AT, change.apply(ENTRY));
        changed.sign(original.getMacKey(), original.getRowMac());

        assertFalse(CHAIN.rowIsAuthentic(changed));
    }

    @Test
    void theIdAndTheTimeAreCoveredToo() {
        AuditEvent original = signed(7, AT, ENTRY);
        AuditEvent moved = AuditEvent.stored(8, AT, ENTRY);
        moved.sign(original.getMacKey(), original.getRowMac());
        AuditEvent later = AuditEvent.stored(7, AT.plusSeconds(1), ENTRY);
        later.sign(original.getMacKey(), original.getRowMac());

        assertFalse(CHAIN.rowIsAuthentic(moved));
        assertFalse(CHAIN.rowIsAuthentic(later));
    }

    @Test
    void theMacCoversTheTimeOnlyAsPreciselyAsTheDatabaseKeepsIt() {
        AuditEvent precise = signed(7, AT.plusNanos(456_789), ENTRY);

        assertEquals(0, precise.getOccurredAt().getNano());
        assertEquals(signed(7, AT, ENTRY).getRowMac(), precise.getRowMac());
    }

    @Test
    void overlongValuesAreCutToTheirColumnsBeforeSigning() {
        AuditEvent event = signed(7, AT, ENTRY.detail("x".repeat(AuditEvent.DETAIL_LENGTH + 50)).ip("y".repeat(60)));

        assertEquals(AuditEvent.DETAIL_LENGTH, event.getDetail().length());
        assertEquals(45, event.getIp().length());
        assertTrue(CHAIN.rowIsAuthentic(event));
    }

    @Test
    void eachLinkCoversThePlaceTheRowAndThePreviousLink() {
        AuditEvent first = signed(1, AT, ENTRY);
        String link1 = CHAIN.chainMac("a1", AuditChain.GENESIS, 1, first);
        AuditEvent second = signed(2, AT.plusSeconds(1), ENTRY);

        String link2 = CHAIN.chainMac("a1", link1, 2, second);

        assertNotEquals(link2, CHAIN.chainMac("a1", AuditChain.GENESIS, 2, second), "previous link");
        assertNotEquals(link2, CHAIN.chainMac("a1", link1, 3, second), "place");
        AuditEvent other = signed(2, AT.plusSeconds(1), ENTRY.detail("khác"));
        assertNotEquals(link2, CHAIN.chainMac("a1", link1, 2, other), "row");
    }

    @Test
    void rowsSignedWithAnOlderKeyStillVerifyAfterRotation() {
        AuditEvent old = signed(7, AT, ENTRY);
        AuditChain rotated = new AuditChain(AuditKeys.of(KEY_A2 + "," + KEY_A1));

        assertTrue(rotated.rowIsAuthentic(old));
        assertEquals("a1", rotated.chainKey(old));
        AuditEvent fresh = AuditEvent.stored(8, AT, ENTRY);
        rotated.sign(fresh);
        assertEquals("a2", fresh.getMacKey());
        assertFalse(CHAIN.rowIsAuthentic(fresh), "a row signed with a key the verifier lacks is not authentic");
    }

    @Test
    void aRowNobodySignedIsNotAuthentic() {
        assertFalse(CHAIN.rowIsAuthentic(AuditEvent.stored(7, AT, ENTRY)));
    }

    @Test
    void aMalformedKeySettingIsRefusedWithoutShowingTheKey() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> AuditKeys.of("a1:c2VjcmV0"));

        assertTrue(refused.getMessage().contains("32 bytes"), refused.getMessage());
        assertFalse(refused.getMessage().contains("c2VjcmV0"));
    }
}
