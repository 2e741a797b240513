package vn.tincay.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share in percent, rounded half up to one decimal, written the way Vietnamese documents write it ("23,5%": decimal comma, no space).
 * Computed from counts, never averaged from other percentages.
 */
public record Percent(BigDecimal value) {

    /** @return null when the whole is zero (a share of nothing is not 0 %) */
    public static Percent of(long part, long whole) {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException(part + " of " + whole);
        }
        if (whole == 0) {
            return null;
        }
        return new Percent(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    /** "23,5%", "100%", "0%": a decimal comma, no trailing ",0", no space before the sign. */
    public String format() {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString().replace('.', ',') + "%";
    }

    /** Whether the share lies inside [min, max] (both in percent). */
    public boolean within(BigDecimal min, BigDecimal max) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    public static String format(Percent percent) {
        return percent == null ? "–" : percent.format();
    }

    @Override
    public String toString() {
        return format();
    }
}
