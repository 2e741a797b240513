package vn.tincay.statistics;

import java.util.ResourceBundle;

/**
 * The label of a statistics row or column: a bundle key (an enum value, "total") or a text as it
 * is (a month, a district's name). Resolved only when the table is shown or exported, in the
 * reader's language.
 */
public record Label(String key, String text) {

    public static Label key(String key) {
        return new Label(key, null);
    }

    public static Label text(String text) {
        return new Label(null, text);
    }

    public static Label of(Enum<?> value) {
        return key(value.getClass().getSimpleName() + "." + value.name());
    }

    public String in(ResourceBundle bundle) {
        if (key == null) {
            return text;
        }
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
