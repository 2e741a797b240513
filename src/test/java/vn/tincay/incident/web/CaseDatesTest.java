package vn.tincay.incident.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseDatesTest {

    @Test
    void datesAreShownDayMonthYear() {
        assertEquals("05/03/2026", CaseDates.formatDate(LocalDate.of(2026, 3, 5)));
    }

    @Test
    void momentsAreShownInVietnamTime() {
        assertEquals("23/11/2026 00:30", CaseDates.formatMoment(Instant.parse("2026-11-22T17:30:00Z")));
        assertEquals("22/11/2026 07:05", CaseDates.formatMoment(Instant.parse("2026-11-22T00:05:00Z")));
    }

    @Test
    void anIsoDateIsShownDayMonthYearAndAnythingElseAsItIs() {
        assertEquals("01/05/2012", CaseDates.formatIsoDate("2012-05-01"));
        assertEquals("mùa hè 2012", CaseDates.formatIsoDate("mùa hè 2012"));
    }

    @Test
    void nothingIsShownForNoDate() {
        assertEquals("", CaseDates.formatDate(null));
        assertEquals("", CaseDates.formatMoment(null));
        assertEquals("", CaseDates.formatIsoDate(null));
        assertEquals("", CaseDates.formatIsoDate(" "));
    }
}
