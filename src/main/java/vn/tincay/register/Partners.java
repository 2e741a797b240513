package vn.tincay.register;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.tincay.platform.UserFacingException;

/**
 * The partners an activity was held with (đơn vị phối hợp), typed one per line: blank lines and
 * repeats (ignoring case and spaces) are dropped, the order kept.
 */
public final class Partners {

    public static final int NAME = 200;
    public static final int MAX = 10;

    private Partners() {
    }

    /** The names of the typed text. @throws UserFacingException when a name is too long or there are too many */
    public static List<String> parse(String typed) {
        List<String> names = new ArrayList<>();
        if (typed == null) {
            return names;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String line : typed.split("\\R")) {
            String name = line.strip().replaceAll("\\s+", " ");
            if (name.isEmpty() || !seen.add(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (name.length() > NAME) {
                throw new UserFacingException("register.partner.error.tooLong", NAME);
            }
            names.add(name);
        }
        if (names.size() > MAX) {
            throw new UserFacingException("register.partner.error.tooMany", MAX);
        }
        return names;
    }

    /** The names as the form shows them, one per line. */
    public static String format(List<String> names) {
        return names == null ? "" : String.join("\n", names);
    }
}
