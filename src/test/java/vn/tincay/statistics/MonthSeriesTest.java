package vn.tincay.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tincay.statistics.MonthSeries.MonthCount;

class MonthSeriesTest {

    @Test
    void monthsWithoutIncidentsAreFilledWithZero() {
        List<MonthCount> series = MonthSeries.fill(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
                Map.of(YearMonth.of(2026, 2), 3L, YearMonth.of(2026, 5), 7L));
        assertEquals(List.of(0L, 3L, 0L, 0L, 7L, 0L), series.stream().map(MonthCount::count).toList());
        assertEquals(YearMonth.of(2026, 1), series.get(0).month());
        assertEquals(YearMonth.of(2026, 6), series.get(5).month());
    }

    @Test
    void aPeriodAcrossTheNewYearKeepsTheOrderOfMonths() {
        List<MonthCount> series = MonthSeries.fill(LocalDate.of(2025, 11, 15), LocalDate.of(2026, 2, 3),
                Map.of(YearMonth.of(2026, 1), 1L));
        assertEquals(List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1),
                YearMonth.of(2026, 2)), series.stream().map(MonthCount::month).toList());
        assertEquals(List.of(0L, 0L, 1L, 0L), series.stream().map(MonthCount::count).toList());
    }

    @Test
    void aPeriodWithinOneMonthIsOneMonth() {
        assertEquals(1, MonthSeries.fill(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 9), Map.of()).size());
    }
}
