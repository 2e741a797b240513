package vn.tincay.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WomenShareTest {

    @Test
    void fourWomenOfSeventeenAreTwentyThreePointFivePercent() {
        // 4 / 17 = 0.235294... -> 23.5 %
        assertEquals(new BigDecimal("23.5"), new WomenShare(4, 13).percent());
    }

    @Test
    void theShareIsRoundedHalfUpToOneDecimal() {
        assertEquals(new BigDecimal("33.3"), new WomenShare(1, 2).percent());
        assertEquals(new BigDecimal("66.7"), new WomenShare(2, 1).percent());
        assertEquals(new BigDecimal("12.5"), new WomenShare(1, 7).percent());
        assertEquals(new BigDecimal("100.0"), new WomenShare(5, 0).percent());
        assertEquals(new BigDecimal("0.0"), new WomenShare(0, 9).percent());
    }

    @Test
    void anEmptyGroupHasNoShareAndNothingToCompare() {
        WomenShare empty = new WomenShare(0, 0);
        assertNull(empty.percent());
        assertEquals(TargetStatus.NO_DATA, empty.against(TargetRange.DEFAULT));
        assertFalse(empty.hasNoWoman());
    }

    @Test
    void negativeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new WomenShare(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> new WomenShare(1, -3));
    }

    @Test
    void aGroupWithMenOnlyHasNoWoman() {
        assertTrue(new WomenShare(0, 3).hasNoWoman());
        assertFalse(new WomenShare(1, 3).hasNoWoman());
    }

    @Test
    void sharesAreWrittenTheVietnameseWayWithADecimalComma() {
        assertEquals("23,5 %", ShareFormat.percent(new WomenShare(4, 13), Locale.forLanguageTag("vi")));
        assertEquals("23.5 %", ShareFormat.percent(new WomenShare(4, 13), Locale.ENGLISH));
        assertEquals("20,0 %", ShareFormat.percent(new BigDecimal("20.0"), Locale.forLanguageTag("vi")));
        assertEquals("–", ShareFormat.percent(new WomenShare(0, 0), Locale.forLanguageTag("vi")));
    }
}
