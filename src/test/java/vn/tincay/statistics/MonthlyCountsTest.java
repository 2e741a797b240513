package vn.tincay.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tincay.statistics.MonthCount.Dimension;

class MonthlyCountsTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    private static MonthCount row(long school, Dimension dimension, String category, int days) {
        return new MonthCount(1, MARCH, school, true, dimension, category, days);
    }

    @Test
    void aChangeTakesOneFromTheRowsItLeavesAndAddsOneToTheRowsItEntersAndLeavesTheRestAlone() {
        List<MonthCount> before = List.of(row(7, Dimension.TYPE, "PHYSICAL_ASSAULT", 0),
                row(7, Dimension.STATUS, "IN_PROGRESS", 0));
        List<MonthCount> after = List.of(row(7, Dimension.TYPE, "PHYSICAL_ASSAULT", 0),
                row(7, Dimension.STATUS, "CLOSED", 0), row(7, Dimension.CLOSED, "PHYSICAL_ASSAULT", 12));

        Map<MonthCount, Integer> delta = MonthlyCounts.delta(before, after);

        assertEquals(Map.of(row(7, Dimension.STATUS, "IN_PROGRESS", 0), -1, row(7, Dimension.STATUS, "CLOSED", 0), 1,
                row(7, Dimension.CLOSED, "PHYSICAL_ASSAULT", 12), 1), delta);
    }

    @Test
    void rowsAreWrittenInOneOrderWhateverTheOrderTheyCameIn() {
        // Two changes touching the same rows lock them in the same order, so they never wait in a circle.
        List<MonthCount> rows = List.of(row(9, Dimension.STATUS, "CLOSED", 0), row(7, Dimension.TYPE, "RAPE", 0),
                row(7, Dimension.CLOSED, "RAPE", 3), row(7, Dimension.CLOSED, "RAPE", 1));

        List<MonthCount> written = List.copyOf(MonthlyCounts.delta(List.of(), rows).keySet());

        // As the primary key: district, dimension, month, school, consent, category, days.
        assertEquals(List.of(row(7, Dimension.TYPE, "RAPE", 0), row(9, Dimension.STATUS, "CLOSED", 0),
                row(7, Dimension.CLOSED, "RAPE", 1), row(7, Dimension.CLOSED, "RAPE", 3)), written);
    }

    @Test
    void aCaseCountedTheSameBeforeAndAfterWritesNothing() {
        List<MonthCount> rows = List.of(row(7, Dimension.TYPE, "RAPE", 0), row(7, Dimension.AGE, "AGE_12_17", 0));
        assertEquals(Map.of(), MonthlyCounts.delta(rows, rows));
    }
}
