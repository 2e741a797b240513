package vn.tincay.incident.it;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The application's own Vietnamese texts (its bundle on the test classpath), to find them on pages. */
public final class Texts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ResourceBundle VI = ResourceBundle.getBundle("vn.tincay.i18n.text", VIETNAMESE);

    private Texts() {
    }

    public static String vi(String key, Object... arguments) {
        String pattern = VI.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(arguments);
    }
}
