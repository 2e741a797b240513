package vn.tincay.statistics;

import java.util.Map;
import java.util.TreeMap;

/**
 * The median of the days to close, from the distribution the database grouped ("so many cases
 * closed after so many days"), so no case record is read. Medians are not portable SQL (MariaDB
 * and H2 have MEDIAN, MySQL has not); averages are computed by the database.
 */
public final class CloseTimes {

    private final TreeMap<Long, Long> casesByDays = new TreeMap<>();

    public void add(long days, long cases) {
        if (cases > 0) {
            casesByDays.merge(days, cases, Long::sum);
        }
    }

    /** Hands every (days, cases) pair to {@code consumer}, e.g. to add this distribution to another. */
    public void forEach(java.util.function.ObjLongConsumer<Long> consumer) {
        casesByDays.forEach((days, cases) -> consumer.accept(days, cases));
    }

    public long cases() {
        return casesByDays.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The median number of days (the mean of the two middle values for an even count), or null. */
    public Double median() {
        long n = cases();
        if (n == 0) {
            return null;
        }
        long lowerIndex = (n - 1) / 2;
        long upperIndex = n / 2;
        Long lower = null;
        Long upper = null;
        long seen = 0;
        for (Map.Entry<Long, Long> entry : casesByDays.entrySet()) {
            long next = seen + entry.getValue();
            if (lower == null && lowerIndex < next) {
                lower = entry.getKey();
            }
            if (upperIndex < next) {
                upper = entry.getKey();
                break;
            }
            seen = next;
        }
        return (lower + upper) / 2.0;
    }
}
