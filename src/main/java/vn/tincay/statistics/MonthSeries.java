package vn.tincay.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A count for every month of a period, with 0 for the months the database returned no row for. */
public final class MonthSeries {

    /** Longest series shown; a longer period is cut to its last months. */
    public static final int MAX_MONTHS = 120;

    private MonthSeries() {
    }

    public record MonthCount(YearMonth month, long count) {
    }

    public static List<MonthCount> fill(LocalDate from, LocalDate to, Map<YearMonth, Long> counts) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            first = last.minusMonths(MAX_MONTHS - 1);
        }
        List<MonthCount> series = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            series.add(new MonthCount(month, counts.getOrDefault(month, 0L)));
        }
        return series;
    }
}
