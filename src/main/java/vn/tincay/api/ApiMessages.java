package vn.tincay.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of API answers from the application's bundle, in the language the client asks for. */
public final class ApiMessages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String BUNDLE = "vn.tincay.i18n.text";
    static final String VALIDATION_BUNDLE = "ValidationMessages";

    private ApiMessages() {
    }

    /** The first of the client's languages (in its order of preference) that the product speaks; else Vietnamese. */
    public static Locale locale(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale candidate : acceptable) {
                if ("vi".equals(candidate.getLanguage())) {
                    return VIETNAMESE;
                }
                if ("en".equals(candidate.getLanguage())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return VIETNAMESE;
    }

    public static String text(String key, Locale locale, Object... arguments) {
        return format(BUNDLE, key, locale, arguments);
    }

    /** A Bean Validation message by its key (without braces), or null when there is none. */
    static String validationText(String key, Locale locale) {
        try {
            return bundle(VALIDATION_BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String format(String bundleName, String key, Locale locale, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(bundleName, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments == null || arguments.length == 0 ? pattern
                : new MessageFormat(pattern, locale).format(arguments);
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
