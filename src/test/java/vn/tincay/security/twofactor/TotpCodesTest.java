package vn.tincay.security.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpCodesTest {

    private static final TotpCodes TOTP = new TotpCodes();
    /** RFC 6238, appendix B: the SHA-1 seed "12345678901234567890" in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesAreThoseOfTheRfc6238TestVectors() {
        // 59 s → 94287082, 1111111109 s → 07081804 (8 digits); the 6-digit codes are their last six.
        assertEquals("287082", TOTP.codeAt(RFC_SECRET, TotpCodes.stepAt(Instant.ofEpochSecond(59))));
        assertEquals("081804", TOTP.codeAt(RFC_SECRET, TotpCodes.stepAt(Instant.ofEpochSecond(1111111109))));
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedAndTellsItsStep() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = TotpCodes.stepAt(now);
        assertEquals(OptionalLong.of(step - 1), TOTP.matchingStep(RFC_SECRET, TOTP.codeAt(RFC_SECRET, step - 1), now));
        assertEquals(OptionalLong.of(step + 1), TOTP.matchingStep(RFC_SECRET, TOTP.codeAt(RFC_SECRET, step + 1), now));
        assertEquals(OptionalLong.empty(), TOTP.matchingStep(RFC_SECRET, TOTP.codeAt(RFC_SECRET, step - 3), now));
    }

    @Test
    void spacesInATypedCodeAreIgnoredAndOtherTextIsNoCode() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String code = TOTP.codeAt(RFC_SECRET, TotpCodes.stepAt(now));
        assertTrue(TOTP.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now).isPresent());
        assertEquals(OptionalLong.empty(), TOTP.matchingStep(RFC_SECRET, "abcdef", now));
        assertEquals(OptionalLong.empty(), TOTP.matchingStep(null, code, now));
    }

    @Test
    void aNewSecretIsBase32OfAt160BitsAndItsQrCodeIsAPng() {
        String secret = TOTP.newSecret();
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertTrue(TOTP.qrCodeDataUri(secret, "coordinator").startsWith("data:image/png;base64,"));
        assertEquals("ABCD EFGH IJ", TotpCodes.grouped("ABCDEFGHIJ"));
    }

    @Test
    void recoveryCodesMatchOnceIgnoringCaseAndDashesAndAreStoredOnlyHashed() {
        RecoveryCode code = new RecoveryCode(7, "abcd-efgh-ijkl-mnop", Instant.EPOCH);
        assertTrue(RecoveryCode.looksLikeRecoveryCode("ABCD EFGH IJKL MNOP"));
        assertTrue(code.matches("ABCD-EFGH-IJKL-MNOP"));
        code.use(Instant.EPOCH);
        assertTrue(code.isUsed());
        assertEquals(false, code.matches("abcd-efgh-ijkl-mnop"));
    }
}
