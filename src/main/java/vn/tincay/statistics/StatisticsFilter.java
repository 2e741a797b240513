package vn.tincay.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import vn.tincay.organisation.SchoolLevel;
import vn.tincay.platform.UserFacingException;

/**
 * Which incidents the statistics count: incident date within [from, to] (a calendar year or a date
 * range), optionally only schools of one level. Anonymous (province) statistics take whole years
 * only: overlapping ranges could be subtracted from each other to reveal a small count.
 *
 * @param year  the calendar year when the period is one, else null
 * @param level the school level, or null for all
 */
public record StatisticsFilter(LocalDate from, LocalDate to, Integer year, SchoolLevel level) {

    public static final int FIRST_YEAR = 2000;
    /** Longest date range, in years. */
    public static final int MAX_YEARS = 10;

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public StatisticsFilter {
        if (from == null || to == null || from.isAfter(to) || from.getYear() < FIRST_YEAR
                || from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new UserFacingException("stats.error.period");
        }
    }

    public static StatisticsFilter year(int year, SchoolLevel level) {
        if (year < FIRST_YEAR || year > 9999) {
            throw new UserFacingException("stats.error.period");
        }
        return new StatisticsFilter(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year, level);
    }

    public static StatisticsFilter range(LocalDate from, LocalDate to, SchoolLevel level) {
        return new StatisticsFilter(from, to, null, level);
    }

    /**
     * The filter from request parameters: a date range when "from" or "to" is given (both needed,
     * dd/MM/yyyy or yyyy-MM-dd), else the year, else the current year.
     *
     * @throws UserFacingException for a malformed or impossible period or an unknown level
     */
    public static StatisticsFilter parse(String year, String from, String to, String level, LocalDate today) {
        SchoolLevel schoolLevel = level(level);
        if (!blank(from) || !blank(to)) {
            return range(date(from), date(to), schoolLevel);
        }
        if (!blank(year)) {
            try {
                return year(Integer.parseInt(year.trim()), schoolLevel);
            } catch (NumberFormatException e) {
                throw new UserFacingException("stats.error.period");
            }
        }
        return year(today.getYear(), schoolLevel);
    }

    public boolean isYear() {
        return year != null;
    }

    public StatisticsFilter withoutLevel() {
        return new StatisticsFilter(from, to, year, null);
    }

    public static String format(LocalDate date) {
        return date.format(DAY_MONTH_YEAR);
    }

    private static LocalDate date(String text) {
        if (blank(text)) {
            throw new UserFacingException("stats.error.period");
        }
        String value = text.trim();
        try {
            return value.contains("/") ? LocalDate.parse(value, DAY_MONTH_YEAR) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserFacingException("stats.error.period");
        }
    }

    private static SchoolLevel level(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return SchoolLevel.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("stats.error.level");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
