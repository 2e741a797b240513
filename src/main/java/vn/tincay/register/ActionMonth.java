package vn.tincay.register;

import java.time.LocalDate;
import java.time.Month;

/**
 * The national action months a communication activity can belong to. The date suggests one
 * ({@link #suggestedFor(LocalDate)}); the user confirms or changes it, because an activity held just
 * outside the month may still be part of its campaign.
 */
public enum ActionMonth {
    /** Not part of an action month. */
    NONE,
    /** Action month on domestic-violence prevention: June. */
    DOMESTIC_VIOLENCE_JUNE,
    /** Action month for gender equality and GBV prevention: 15 November to 15 December. */
    GENDER_EQUALITY_NOV_DEC;

    public static ActionMonth suggestedFor(LocalDate date) {
        if (date == null) {
            return NONE;
        }
        if (date.getMonth() == Month.JUNE) {
            return DOMESTIC_VIOLENCE_JUNE;
        }
        if ((date.getMonth() == Month.NOVEMBER && date.getDayOfMonth() >= 15)
                || (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() <= 15)) {
            return GENDER_EQUALITY_NOV_DEC;
        }
        return NONE;
    }

    /**
     * Whether the action month of some year falls (at least partly) within [from, to]: a report
     * says nothing – not even zero – about an action month its period does not reach.
     */
    public boolean overlaps(LocalDate from, LocalDate to) {
        if (this == NONE || from == null || to == null || to.isBefore(from)) {
            return false;
        }
        for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
            LocalDate start = this == DOMESTIC_VIOLENCE_JUNE ? LocalDate.of(year, 6, 1) : LocalDate.of(year, 11, 15);
            LocalDate end = this == DOMESTIC_VIOLENCE_JUNE ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 15);
            if (!start.isAfter(to) && !end.isBefore(from)) {
                return true;
            }
        }
        return false;
    }
}
