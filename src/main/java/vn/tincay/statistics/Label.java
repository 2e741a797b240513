package vn.tincay.statistics;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The label of a statistics row or column: a bundle key (an enum value, "total") or a text as it
 * is (a month, a district's name). Resolved only when the table is shown or exported, in the
 * reader's language.
 */
public record Label(String key, String text, List<String> arguments) {

    public Label {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static Label key(String key) {
        return new Label(key, null, List.of());
    }

    public static Label text(String text) {
        return new Label(null, text, List.of());
    }

    /** A bundle message with arguments ({0}, {1}…), e.g. a note that names units. */
    public static Label message(String key, String... arguments) {
        return new Label(key, null, List.of(arguments));
    }

    public static Label of(Enum<?> value) {
        return key(value.getClass().getSimpleName() + "." + value.name());
    }

    public String in(ResourceBundle bundle) {
        if (key == null) {
            return text;
        }
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.isEmpty() ? pattern
                : new MessageFormat(pattern, bundle.getLocale()).format(arguments.toArray());
    }
}
