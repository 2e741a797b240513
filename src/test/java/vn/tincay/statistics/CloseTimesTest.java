package vn.tincay.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CloseTimesTest {

    @Test
    void theMedianOfAnOddNumberOfCasesIsTheMiddleOne() {
        CloseTimes times = new CloseTimes();
        times.add(10, 1);
        times.add(2, 1);
        times.add(30, 1);
        assertEquals(10.0, times.median());
    }

    @Test
    void theMedianOfAnEvenNumberOfCasesIsTheMeanOfTheTwoMiddleOnes() {
        CloseTimes times = new CloseTimes();
        times.add(4, 2);
        times.add(9, 1);
        times.add(20, 1);
        // 4, 4, 9, 20
        assertEquals(6.5, times.median());
    }

    @Test
    void manyCasesOnTheSameDayCountOnce() {
        CloseTimes times = new CloseTimes();
        times.add(7, 5);
        times.add(100, 4);
        assertEquals(9, times.cases());
        assertEquals(7.0, times.median());
    }

    @Test
    void noClosedCaseHasNoMedian() {
        assertNull(new CloseTimes().median());
    }
}
