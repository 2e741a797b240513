package vn.tincay.register;

import java.time.LocalDate;
import java.time.MonthDay;

/** The two reporting periods of a year: interim (so ket) and year-end (tong ket). */
public enum PeriodKind {
    /** Interim report, due 12 May by default (seed letter of 24/4/2020). */
    INTERIM(MonthDay.of(5, 12)),
    /** Year-end report, due 10 November by default. */
    YEAR_END(MonthDay.of(11, 10));

    private final MonthDay defaultDue;

    PeriodKind(MonthDay defaultDue) {
        this.defaultDue = defaultDue;
    }

    public LocalDate defaultDueDate(int year) {
        return defaultDue.atYear(year);
    }
}
