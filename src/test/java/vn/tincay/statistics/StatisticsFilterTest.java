package vn.tincay.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tincay.organisation.SchoolLevel;
import vn.tincay.platform.UserFacingException;

class StatisticsFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void withoutParametersTheFilterIsThisYear() {
        StatisticsFilter filter = StatisticsFilter.parse(null, null, null, null, TODAY);
        assertEquals(LocalDate.of(2026, 1, 1), filter.from());
        assertEquals(LocalDate.of(2026, 12, 31), filter.to());
        assertEquals(2026, filter.year());
        assertNull(filter.level());
    }

    @Test
    void aDateRangeIsReadAsDayMonthYear() {
        StatisticsFilter filter = StatisticsFilter.parse("2025", "01/01/2026", "12/05/2026", "PRIMARY", TODAY);
        assertEquals(LocalDate.of(2026, 5, 12), filter.to());
        assertNull(filter.year(), "a range wins over the year");
        assertEquals(SchoolLevel.PRIMARY, filter.level());
    }

    @Test
    void isoDatesAreAcceptedToo() {
        assertEquals(LocalDate.of(2026, 2, 28),
                StatisticsFilter.parse(null, "2026-01-01", "2026-02-28", null, TODAY).to());
    }

    @Test
    void impossibleOrReversedOrHalfGivenRangesAreRefused() {
        assertThrows(UserFacingException.class, () -> StatisticsFilter.parse(null, "31/02/2026", "01/03/2026", null, TODAY));
        assertThrows(UserFacingException.class, () -> StatisticsFilter.parse(null, "01/03/2026", "01/02/2026", null, TODAY));
        assertThrows(UserFacingException.class, () -> StatisticsFilter.parse(null, "01/03/2026", "", null, TODAY));
        assertThrows(UserFacingException.class, () -> StatisticsFilter.parse(null, "01/01/2000", "01/01/2026", null, TODAY));
        assertThrows(UserFacingException.class, () -> StatisticsFilter.parse("20x6", null, null, null, TODAY));
        assertThrows(UserFacingException.class, () -> StatisticsFilter.parse(null, null, null, "UNIVERSITY", TODAY));
    }

    @Test
    void datesAreShownAsDayMonthYear() {
        assertEquals("05/01/2026", StatisticsFilter.format(LocalDate.of(2026, 1, 5)));
    }
}
