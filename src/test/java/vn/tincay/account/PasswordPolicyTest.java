package vn.tincay.account;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
        String longest = "Hoa sen no giua dong thang sau " + "x".repeat(97);
        assertEquals(128, longest.length());
        assertEquals(Optional.empty(), check(longest.substring(0, 30) + "qwmzkr".repeat(16) + "pl"));
        assertEquals(Optional.of("password.error.tooLong"), check(longest + "e"));
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
    @ValueSource(strings = {"Trường em rất đẹp 2026", "correct horse battery staple", "Mây trắng bay qua núi Tản"})
    void aLongEnoughVariedPasswordIsAccepted(String password) {
        assertEquals(Optional.empty(), check(password));
    }

    @Test
    void withoutAUsernameOnlyTheOtherRulesApply() {
        assertEquals(Optional.empty(), PasswordPolicy.violation("my-staff1-password", null));
        assertEquals(Optional.empty(), PasswordPolicy.violation("my-staff1-password", " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "123456789012", "qwertyuiop12", "iloveyou1234"})
    void commonAndLeakedPasswordsAreRefusedAsCommon(String password) {
        assertEquals(Optional.of("password.error.weak.common"), check(password));
    }

    @Test
    void eachGuessablePatternGetsAMessageThatSaysWhy() {
        assertAll(
                () -> assertEquals(Optional.of("password.error.weak.repeat"), check("abcdabcdabcd")),
                () -> assertEquals(Optional.of("password.error.weak.keyboard"), check("zxcvbnm,./zxc")),
                () -> assertEquals(Optional.of("password.error.weak.personal"),
                        PasswordPolicy.violation("nguyenvangiao1", "gv-nguyen", List.of("Nguyễn Văn Giáo"))));
    }

    @Test
    void everyWeaknessHasAVietnameseAndAnEnglishMessage() {
        for (String key : List.of("common", "sequence", "keyboard", "repeat", "date", "personal", "guessable")) {
            for (String language : List.of("vi", "en")) {
                String text = java.util.ResourceBundle.getBundle("vn.tincay.i18n.text", java.util.Locale.forLanguageTag(
                        language)).getString("password.error.weak." + key);
                assertFalse(text.isBlank(), key + " " + language);
            }
        }
    }
}
