package vn.tincay.account;

import java.util.Locale;
import java.util.Optional;

/** What a new password must be. Returns the bundle key of the first rule it breaks. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static Optional<String> violation(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.error.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.error.tooLong");
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            return Optional.of("password.error.tooSimple");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.error.containsUsername");
        }
        return Optional.empty();
    }
}
