package vn.tincay.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tincay.platform.web.DateInputConverter.InvalidDate;
import vn.tincay.platform.web.DateInputConverter.Problem;

class DateInputConverterTest {

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @CsvSource({
            "05/03/2026, 2026-03-05",
            "5/3/2026, 2026-03-05",
            "05/3/2026, 2026-03-05",
            "' 29/02/2028 ', 2028-02-29",
            "31/12/1999, 1999-12-31",
            "1/1/2000, 2000-01-01"})
    void dayMonthYearWithOneOrTwoDigitsIsReadAsTyped(String typed, LocalDate expected) throws InvalidDate {
        assertEquals(expected, DateInputConverter.parse(typed).orElseThrow());
    }

    @ParameterizedTest(name = "\"{0}\" is no day of any calendar")
    @ValueSource(strings = {"29/02/2025", "31/02/2026", "15/13/2026", "00/03/2026", "31/04/2026", "32/01/2026", "1/0/2026"})
    void anImpossibleDateIsRefusedRatherThanMovedToANeighbouringDay(String typed) {
        InvalidDate refused = assertThrows(InvalidDate.class, () -> DateInputConverter.parse(typed));
        assertEquals(Problem.IMPOSSIBLE, refused.problem);
    }

    @ParameterizedTest(name = "\"{0}\" is not day/month/year")
    @ValueSource(strings = {"2026-03-05", "05.03.2026", "05-03-2026", "05032026", "5/3/26", "005/03/2026",
            "05/03/20266", "5 tháng 3 2026", "05/03/2026x", "abc"})
    void anythingButDaySlashMonthSlashFourDigitYearIsRefused(String typed) {
        InvalidDate refused = assertThrows(InvalidDate.class, () -> DateInputConverter.parse(typed));
        assertEquals(Problem.FORMAT, refused.problem);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void anEmptyFieldIsNoDateAndNoError(String typed) throws InvalidDate {
        assertTrue(DateInputConverter.parse(typed).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"2026-03-05, 05/03/2026", "2026-12-31, 31/12/2026"})
    void aDateIsShownWithTwoDigitDayAndMonth(LocalDate date, String shown) {
        assertEquals(shown, new DateInputConverter().getAsString(null, null, date));
    }
}
