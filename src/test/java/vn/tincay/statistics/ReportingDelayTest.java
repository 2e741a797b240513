package vn.tincay.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportingDelayTest {

    @Test
    void threeDaysIsTheLastDayOfTheFirstBucketAndFourTheFirstOfTheSecond() {
        assertEquals(ReportingDelay.DAYS_0_3, ReportingDelay.of(0));
        assertEquals(ReportingDelay.DAYS_0_3, ReportingDelay.of(3));
        assertEquals(ReportingDelay.DAYS_4_5, ReportingDelay.of(4));
    }

    @Test
    void fiveAndSixDaysFallIntoDifferentBuckets() {
        assertEquals(ReportingDelay.DAYS_4_5, ReportingDelay.of(5));
        assertEquals(ReportingDelay.DAYS_6_14, ReportingDelay.of(6));
    }

    @Test
    void twoWeeksStartAtFifteenDays() {
        assertEquals(ReportingDelay.DAYS_6_14, ReportingDelay.of(14));
        assertEquals(ReportingDelay.DAYS_15_30, ReportingDelay.of(15));
    }

    @Test
    void overAMonthStartsAtThirtyOneDays() {
        assertEquals(ReportingDelay.DAYS_15_30, ReportingDelay.of(30));
        assertEquals(ReportingDelay.OVER_30, ReportingDelay.of(31));
        assertEquals(ReportingDelay.OVER_30, ReportingDelay.of(400));
    }

    @Test
    void theSqlCaseUsesTheSameBounds() {
        assertEquals("CASE WHEN d <= 3 THEN 'DAYS_0_3' WHEN d <= 5 THEN 'DAYS_4_5' WHEN d <= 14 THEN 'DAYS_6_14' "
                + "WHEN d <= 30 THEN 'DAYS_15_30' ELSE 'OVER_30' END", ReportingDelay.sqlCase("d"));
    }
}
