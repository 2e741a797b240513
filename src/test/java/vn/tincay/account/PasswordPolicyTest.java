package vn.tincay.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static Optional<String> check(String password) {
        return PasswordPolicy.violation(password, "staff1");
    }

    @Test
    void aPasswordOfTwelveCharactersIsLongEnoughAndElevenIsNot() {
        assertEquals(Optional.empty(), check("abcd-efgh-ij"));
        assertEquals(Optional.of("password.error.tooShort"), check("abcd-efgh-i"));
    }

    @Test
    void noPasswordIsTooShort() {
        assertEquals(Optional.of("password.error.tooShort"), check(null));
        assertEquals(Optional.of("password.error.tooShort"), check(""));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // Six emoji are twelve UTF-16 units but only six characters.
        assertEquals(Optional.of("password.error.tooShort"), check("😀😁😂🤣😃😄"));
    }

    @Test
    void aPasswordOfMoreThan128CharactersIsTooLong() {
        assertEquals(Optional.empty(), check("abcd".repeat(32)));
        assertEquals(Optional.of("password.error.tooLong"), check("abcd".repeat(32) + "e"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abababababab", "abcabcabcabc", "            ", "111111111111"})
    void aPasswordOfFewerThanFourDifferentCharactersIsTooSimple(String password) {
        assertEquals(Optional.of("password.error.tooSimple"), check(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"my-staff1-password", "MY-STAFF1-PASSWORD", "Staff1Staff1Staff1"})
    void aPasswordContainingTheUsernameInAnyCaseIsRefused(String password) {
        assertEquals(Optional.of("password.error.containsUsername"), check(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdabcdabcd", "Trường em rất đẹp 2026", "correct horse battery staple"})
    void aLongEnoughVariedPasswordIsAccepted(String password) {
        assertEquals(Optional.empty(), check(password));
    }

    @Test
    void withoutAUsernameOnlyTheOtherRulesApply() {
        assertEquals(Optional.empty(), PasswordPolicy.violation("my-staff1-password", null));
        assertEquals(Optional.empty(), PasswordPolicy.violation("my-staff1-password", " "));
    }
}
