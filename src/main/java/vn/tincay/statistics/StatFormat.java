package vn.tincay.statistics;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Numbers as Vietnamese (or English) readers write them: 1.234 and 23,5&nbsp;% in Vietnamese,
 * 1,234 and 23.5% in English. One decimal for days and percentages.
 */
public final class StatFormat {

    public static final String SMALL = "< 5";
    private static final char NO_BREAK_SPACE = '\u00a0';

    private final boolean vietnamese;
    private final ResourceBundle bundle;
    private final DecimalFormatSymbols symbols;

    public StatFormat(Locale locale, ResourceBundle bundle) {
        this.vietnamese = !"en".equals(locale.getLanguage());
        this.bundle = bundle;
        this.symbols = DecimalFormatSymbols.getInstance(vietnamese ? Locale.forLanguageTag("vi-VN") : Locale.UK);
    }

    public String count(long count) {
        return new DecimalFormat("#,##0", symbols).format(count);
    }

    /** One decimal, rounded half up (23,45 gives 23,5, as in the register's shares). */
    public String decimal(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.0", symbols);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(java.math.BigDecimal.valueOf(value));
    }

    /** @param percent 23.5 for 23,5 % */
    public String percent(double percent) {
        return decimal(percent) + (vietnamese ? NO_BREAK_SPACE + "%" : "%");
    }

    public String cell(Cell cell) {
        return switch (cell.kind()) {
            case COUNT -> count((long) cell.value());
            case SMALL -> SMALL;
            case HIDDEN -> text("stats.cell.hidden");
            case DAYS -> decimal(cell.value());
            case PERCENT -> percent(cell.value());
            case TEXT -> text(cell.key());
            case NONE -> "–";
        };
    }

    public String text(String key) {
        return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    /** The share part/whole in percent, or null when whole is 0. */
    public static Double share(long part, long whole) {
        return whole == 0 ? null : part * 100.0 / whole;
    }
}
