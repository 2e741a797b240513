package vn.tincay.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A bounded count as the bell and the need boxes show it: exact while counting did not stop, a labelled lower
 * bound ("999+") where it did.
 */
class CaseCountTest {

    private static String shown(long counted) {
        return CaseCount.upTo(counted, CaseDashboard.COUNT_LIMIT).getShown();
    }

    @Test
    void countsUpToTheLimitAreShownAsTheyAre() {
        assertEquals("0", shown(0));
        assertEquals("7", shown(7));
        assertEquals("999", shown(CaseDashboard.COUNT_LIMIT));
    }

    @Test
    void whereCountingStoppedTheBellSaysAtLeast() {
        assertEquals("999+", shown(CaseDashboard.COUNT_LIMIT + 1));
        assertEquals("999+", shown(5_000));
    }
}
