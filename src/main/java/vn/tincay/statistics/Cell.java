package vn.tincay.statistics;

/**
 * One value of a statistics table. A count of 1 to 4 in anonymous statistics is {@link Kind#SMALL}
 * (shown as "&lt; 5"); a count hidden so that a small one cannot be worked out by subtraction is
 * {@link Kind#HIDDEN}. Neither carries its number, so no page, chart or file can show it.
 */
public record Cell(Kind kind, double value, String key) {

    public enum Kind {
        COUNT, SMALL, HIDDEN, DAYS, PERCENT, TEXT, NONE
    }

    public static final Cell NONE = new Cell(Kind.NONE, 0, null);

    public Cell(Kind kind, double value) {
        this(kind, value, null);
    }

    /** A word rather than a number (a target status): its bundle key. */
    public static Cell text(String key) {
        return new Cell(Kind.TEXT, 0, key);
    }

    public static Cell count(long count) {
        return new Cell(Kind.COUNT, count);
    }

    public static Cell small() {
        return new Cell(Kind.SMALL, 0);
    }

    public static Cell hidden() {
        return new Cell(Kind.HIDDEN, 0);
    }

    /** @param days null when there is nothing to measure */
    public static Cell days(Double days) {
        return days == null ? NONE : new Cell(Kind.DAYS, days);
    }

    /** @param percent a percentage (23.5 for 23,5 %), null when the base is zero */
    public static Cell percent(Double percent) {
        return percent == null ? NONE : new Cell(Kind.PERCENT, percent);
    }

    public boolean isNumber() {
        return kind == Kind.COUNT || kind == Kind.DAYS || kind == Kind.PERCENT;
    }

    /** The value a chart may draw; null for suppressed and empty cells, which charts leave out. */
    public Double chartValue() {
        return isNumber() ? value : null;
    }

    public long asCount() {
        if (kind != Kind.COUNT) {
            throw new IllegalStateException("Not a visible count: " + kind);
        }
        return (long) value;
    }
}
