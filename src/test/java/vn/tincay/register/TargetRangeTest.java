package vn.tincay.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.tincay.platform.UserFacingException;

class TargetRangeTest {

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theDefaultTargetIsTwentyToTwentyFivePercent() {
        assertEquals(pct("20.0"), TargetRange.DEFAULT.minPercent());
        assertEquals(pct("25.0"), TargetRange.DEFAULT.maxPercent());
    }

    @Test
    void aShareBelowTheLowerEndMissesTheTarget() {
        assertEquals(TargetStatus.BELOW, TargetRange.DEFAULT.classify(pct("19.9")));
        assertFalse(TargetStatus.BELOW.isMet());
    }

    @Test
    void bothEndsOfTheRangeMeetTheTarget() {
        assertEquals(TargetStatus.WITHIN, TargetRange.DEFAULT.classify(pct("20.0")));
        assertEquals(TargetStatus.WITHIN, TargetRange.DEFAULT.classify(pct("23.5")));
        assertEquals(TargetStatus.WITHIN, TargetRange.DEFAULT.classify(pct("25.0")));
    }

    @Test
    void aShareAboveTheUpperEndExceedsTheTargetAndStillMeetsIt() {
        assertEquals(TargetStatus.ABOVE, TargetRange.DEFAULT.classify(pct("25.1")));
        assertTrue(TargetStatus.ABOVE.isMet());
    }

    @Test
    void noShareGivesNoData() {
        assertEquals(TargetStatus.NO_DATA, TargetRange.DEFAULT.classify(null));
    }

    @Test
    void oneWomanOfFiveLeadersMeetsTheDefaultTargetAndOneOfSixDoesNot() {
        // 1/5 = 20.0 % (within), 1/6 = 16.7 % (below)
        assertEquals(TargetStatus.WITHIN, new WomenShare(1, 4).against(TargetRange.DEFAULT));
        assertEquals(TargetStatus.BELOW, new WomenShare(1, 5).against(TargetRange.DEFAULT));
    }

    @Test
    void aConfiguredTargetIsUsedForTheComparison() {
        TargetRange district = new TargetRange(pct("30"), pct("35"));
        assertEquals(TargetStatus.BELOW, new WomenShare(1, 4).against(district));
        assertEquals(pct("30.0"), district.minPercent());
    }

    @Test
    void aRangeRunningBackwardsOrOutsideZeroToHundredIsRefused() {
        assertEquals("register.error.targetRange",
                assertThrows(UserFacingException.class, () -> new TargetRange(pct("30"), pct("25"))).getMessageKey());
        assertThrows(UserFacingException.class, () -> new TargetRange(pct("-1"), pct("25")));
        assertThrows(UserFacingException.class, () -> new TargetRange(pct("20"), pct("100.1")));
        assertEquals("register.error.targetRequired",
                assertThrows(UserFacingException.class, () -> new TargetRange(null, pct("25"))).getMessageKey());
    }
}
