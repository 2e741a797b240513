package vn.tincay.account;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.tincay.security.crypto.NameIndex;

/**
 * What a new password must be. Returns the bundle key of the first rule it breaks. Beyond length,
 * the password must not be guessable: zxcvbn (Dropbox's estimator, with its lists of common and
 * leaked passwords, keyboard rows, sequences, repeats and dates) must rate it at least
 * {@link #MIN_SCORE} of 4, and the message says which weakness it found.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's "safely unguessable: moderate protection from an offline slow-hash attack". */
    public static final int MIN_SCORE = 3;

    /** Words any attacker tries first against this system. */
    private static final List<String> SYSTEM_WORDS = List.of("tincay", "tin cay", "tin cậy", "gddt", "phonggddt",
            "baoluc", "matkhau", "admin", "demo");

    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordPolicy() {
    }

    public static Optional<String> violation(String password, String username) {
        return violation(password, username, List.of());
    }

    /** @param personal other words about the person (display name, e-mail) that must not carry the password */
    public static Optional<String> violation(String password, String username, List<String> personal) {
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
        List<String> inputs = new ArrayList<>(SYSTEM_WORDS);
        if (username != null) {
            inputs.add(username);
        }
        for (String word : personal) {
            if (word != null && !word.isBlank()) {
                inputs.add(word);
                inputs.addAll(List.of(word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")));
                // People type their names without diacritics in passwords.
                inputs.addAll(NameIndex.words(word));
            }
        }
        Strength strength = ESTIMATOR.measure(password, inputs);
        if (strength.getScore() < MIN_SCORE) {
            return Optional.of(weakness(strength.getSequence()));
        }
        // A person's own name with a digit or two scores well in general but is the first guess about them.
        int personalChars = strength.getSequence().stream()
                .filter(part -> part.pattern == Pattern.Dictionary && "user_inputs".equals(part.dictionaryName))
                .mapToInt(Match::tokenLength).sum();
        return personalChars * 10 >= password.length() * 6 ? Optional.of("password.error.weak.personal")
                : Optional.empty();
    }

    /** The message for the most telling weakness among the parts zxcvbn recognised. */
    static String weakness(List<Match> parts) {
        String best = "password.error.weak.guessable";
        int bestRank = Integer.MAX_VALUE;
        for (Match part : parts) {
            String key = null;
            int rank = Integer.MAX_VALUE;
            if (part.pattern == Pattern.Dictionary && "passwords".equals(part.dictionaryName)) {
                key = "password.error.weak.common";
                rank = 0;
            } else if (part.pattern == Pattern.Dictionary && "user_inputs".equals(part.dictionaryName)) {
                key = "password.error.weak.personal";
                rank = 1;
            } else if (part.pattern == Pattern.Spatial) {
                key = "password.error.weak.keyboard";
                rank = 2;
            } else if (part.pattern == Pattern.Sequence) {
                key = "password.error.weak.sequence";
                rank = 3;
            } else if (part.pattern == Pattern.Repeat) {
                key = "password.error.weak.repeat";
                rank = 4;
            } else if (part.pattern == Pattern.Date || part.pattern == Pattern.Regex) {
                key = "password.error.weak.date";
                rank = 5;
            }
            if (key != null && rank < bestRank) {
                best = key;
                bestRank = rank;
            }
        }
        return best;
    }
}
