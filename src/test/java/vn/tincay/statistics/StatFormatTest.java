package vn.tincay.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatFormatTest {

    private final StatFormat vietnamese = new StatFormat(Locale.forLanguageTag("vi"), null);
    private final StatFormat english = new StatFormat(Locale.ENGLISH, null);

    @Test
    void aPercentageHasADecimalCommaAndASpaceBeforeThePercentSignInVietnamese() {
        assertEquals("23,5\u00a0%", vietnamese.percent(23.5));
        assertEquals("23,5\u00a0%", vietnamese.cell(Cell.percent(StatFormat.share(47, 200))));
        assertEquals("0,0\u00a0%", vietnamese.percent(0));
        assertEquals("100,0\u00a0%", vietnamese.percent(100));
    }

    @Test
    void aPercentageIsRoundedToOneDecimal() {
        // 1 of 3 women: 33,333… %
        assertEquals("33,3\u00a0%", vietnamese.percent(StatFormat.share(1, 3)));
        assertEquals("66,7\u00a0%", vietnamese.percent(StatFormat.share(2, 3)));
    }

    @Test
    void englishWritesPercentagesAndThousandsItsOwnWay() {
        assertEquals("23.5%", english.percent(23.5));
        assertEquals("1,234", english.count(1234));
    }

    @Test
    void thousandsAreGroupedWithADotInVietnamese() {
        assertEquals("1.234", vietnamese.count(1234));
        assertEquals("12,5", vietnamese.cell(Cell.days(12.5)));
    }

    @Test
    void aShareOfNothingIsNoPercentage() {
        assertNull(StatFormat.share(0, 0));
        assertEquals("–", vietnamese.cell(Cell.percent(null)));
    }
}
