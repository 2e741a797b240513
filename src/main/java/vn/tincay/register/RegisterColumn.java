package vn.tincay.register;

import java.util.function.Function;

/**
 * A column of a register list exported to XLSX: its header (a bundle key), the kind of cell it writes and
 * how a row gives its value.
 *
 * @param <T> the row
 */
public record RegisterColumn<T>(String headerKey, Type type, Function<T, Object> value) {

    /** The kind of cell: typed so that a spreadsheet can sort, sum and filter the column. */
    public enum Type {
        /** A string cell. */
        TEXT,
        /** A date cell shown as dd/MM/yyyy. */
        DATE,
        /** A whole-number cell. */
        NUMBER,
        /** A bundle key (or several, a collection) written as their text. */
        LABEL
    }

    public static <T> RegisterColumn<T> text(String headerKey, Function<T, Object> value) {
        return new RegisterColumn<>(headerKey, Type.TEXT, value);
    }

    public static <T> RegisterColumn<T> date(String headerKey, Function<T, Object> value) {
        return new RegisterColumn<>(headerKey, Type.DATE, value);
    }

    public static <T> RegisterColumn<T> number(String headerKey, Function<T, Object> value) {
        return new RegisterColumn<>(headerKey, Type.NUMBER, value);
    }

    public static <T> RegisterColumn<T> label(String headerKey, Function<T, Object> value) {
        return new RegisterColumn<>(headerKey, Type.LABEL, value);
    }
}
