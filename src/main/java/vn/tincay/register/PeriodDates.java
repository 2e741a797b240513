package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The dates of a reporting period: the range its report covers and its due date.
 * Defaults (seed letter): the interim report covers 1 January to 12 May and is due 12 May; the
 * year-end report covers 1 January to 10 November and is due 10 November.
 */
public record PeriodDates(LocalDate coversFrom, LocalDate coversTo, LocalDate dueDate) implements Serializable {

    public static PeriodDates defaultFor(int year, PeriodKind kind) {
        LocalDate due = kind.defaultDueDate(year);
        return new PeriodDates(LocalDate.of(year, 1, 1), due, due);
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
    }
}
