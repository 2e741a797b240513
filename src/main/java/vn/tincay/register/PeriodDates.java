package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The dates of a reporting period: the range its report covers, the date the schools' reports are due
 * at the district office, and the district's own deadline to the province.
 * Defaults (seed letter): the interim report covers 1 January to 12 May and is due 12 May; the
 * year-end report covers the reporting year the letters use – from 11 November of the previous year
 * (the day after the last year-end report was due, so the 15/11–15/12 action month is in it) to
 * 10 November – and is due 10 November. The district's report is due {@value #DISTRICT_DAYS_AFTER}
 * days after the schools'.
 */
public record PeriodDates(LocalDate coversFrom, LocalDate coversTo, LocalDate dueDate, LocalDate districtDueDate)
        implements Serializable {

    /** The letters' reporting year starts on 11 November of the previous year. */
    public static final MonthDay DEFAULT_YEAR_START = MonthDay.of(11, 11);
    public static final int DISTRICT_DAYS_AFTER = 10;

    /** With the district's deadline by default: {@value #DISTRICT_DAYS_AFTER} days after the schools'. */
    public PeriodDates(LocalDate coversFrom, LocalDate coversTo, LocalDate dueDate) {
        this(coversFrom, coversTo, dueDate, dueDate == null ? null : dueDate.plusDays(DISTRICT_DAYS_AFTER));
    }

    public static PeriodDates defaultFor(int year, PeriodKind kind) {
        return defaultFor(year, kind, DEFAULT_YEAR_START);
    }

    /** The defaults for a district whose reporting year starts on {@code yearStart} ("01-01": the calendar year). */
    public static PeriodDates defaultFor(int year, PeriodKind kind, MonthDay yearStart) {
        LocalDate due = kind.defaultDueDate(year);
        LocalDate from = kind == PeriodKind.YEAR_END ? reportingYearStart(year, yearStart) : LocalDate.of(year, 1, 1);
        return new PeriodDates(from, due, due);
    }

    /** The first day of reporting year {@code year}: 1 January, or {@code yearStart} of the year before. */
    public static LocalDate reportingYearStart(int year, MonthDay yearStart) {
        return yearStart.equals(MonthDay.of(1, 1)) ? LocalDate.of(year, 1, 1) : yearStart.atYear(year - 1);
    }

    /**
     * A period must have all three dates, a range that does not run backwards, ends in the period's
     * year (a school year may start in the previous autumn), lasts at most 18 months, and a due date
     * not before the range starts.
     */
    public void requireValidFor(int year) {
        ReportingPeriod.requireSensible(coversFrom != null && coversTo != null && dueDate != null,
                "register.error.dateRequired");
        ReportingPeriod.requireSensible(!coversTo.isBefore(coversFrom), "period.error.rangeBackwards");
        ReportingPeriod.requireSensible(coversTo.getYear() == year, "period.error.outsideYear");
        ReportingPeriod.requireSensible(!coversFrom.isBefore(coversTo.minusMonths(18)), "period.error.tooLong");
        ReportingPeriod.requireSensible(!dueDate.isBefore(coversFrom), "period.error.dueBeforeStart");
        ReportingPeriod.requireSensible(districtDueDate != null, "register.error.dateRequired");
        ReportingPeriod.requireSensible(!districtDueDate.isBefore(dueDate), "period.error.districtDueBeforeSchools");
    }
}
