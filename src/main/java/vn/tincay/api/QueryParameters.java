package vn.tincay.api;

import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads query parameters taken as text, so that a value that cannot be read answers 400 naming the
 * parameter (JAX-RS would answer 404 for a failed conversion), never echoing the value.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    /** The parsed value, or null when the parameter is absent or blank. */
    static <T> T parse(String name, String text, Function<String, T> parser) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidParameterException(name);
        }
    }

    static int range(String name, String text, int fallback, int min, int max) {
        Integer value = parse(name, text, Integer::valueOf);
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw new InvalidParameterException(name);
        }
        return value;
    }

    static boolean flag(String name, String text) {
        return Boolean.TRUE.equals(parse(name, text, QueryParameters::bool));
    }

    static Boolean bool(String text) {
        if ("true".equalsIgnoreCase(text)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(text)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("not a boolean");
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
