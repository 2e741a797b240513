package vn.tincay.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChildProtectionTest {

    @Test
    void abuseOfASurvivorUnder16MustBeReportedToTheAuthorities() {
        assertTrue(ChildProtection.mustReport(GbvType.PHYSICAL_ASSAULT, false, 15, null));
        assertTrue(ChildProtection.mustReport(GbvType.PSYCHOLOGICAL_ABUSE, false, 6, null));
    }

    @Test
    void abuseOfASurvivorOf16OrMoreIsNotAnAutomaticDuty() {
        assertFalse(ChildProtection.mustReport(GbvType.RAPE, false, 16, null));
        assertFalse(ChildProtection.mustReport(GbvType.RAPE, false, 30, null));
    }

    @Test
    void noAbuseNoDuty() {
        assertFalse(ChildProtection.mustReport(GbvType.NOT_GBV, false, 10, null));
    }

    @Test
    void theChildAbuseFlagAloneIsAbuseEvenWithoutACoreType() {
        assertTrue(ChildProtection.mustReport(GbvType.NOT_GBV, true, 12, null));
        assertTrue(ChildProtection.mustReport(GbvType.NOT_GBV, true, null, AgeGroup.AGE_12_17));
    }

    @Test
    void anUnknownAgeUnder12MustBeReported() {
        assertTrue(ChildProtection.mustReport(GbvType.SEXUAL_ASSAULT, false, null, AgeGroup.AGE_0_11));
        assertFalse(ChildProtection.mustReport(GbvType.SEXUAL_ASSAULT, false, null, AgeGroup.AGE_18_25));
    }

    @Test
    void consentComesFromTheGuardianUnder7FromBothUntil17AndFromTheSurvivorAfter() {
        assertEquals(ConsentGiver.GUARDIAN, ChildProtection.requiredConsentGiver(6));
        assertEquals(ConsentGiver.BOTH, ChildProtection.requiredConsentGiver(7));
        assertEquals(ConsentGiver.BOTH, ChildProtection.requiredConsentGiver(17));
        assertEquals(ConsentGiver.SURVIVOR, ChildProtection.requiredConsentGiver(18));
        assertNull(ChildProtection.requiredConsentGiver(null));
    }

    @Test
    void aKnownAgeDecidesAbuseOfAChildWhateverTheReporterTicked() {
        assertFalse(ChildProtection.isChildAbuse(true, true, 17, AgeGroup.AGE_12_17), "17 is not a child under the law");
        assertTrue(ChildProtection.isChildAbuse(true, false, 10, AgeGroup.AGE_0_11), "derived without a tick");
        assertTrue(ChildProtection.isChildAbuse(false, true, 12, null), "the statement alone is abuse");
        assertFalse(ChildProtection.isChildAbuse(false, false, 10, null), "no abuse at all");
    }

    @Test
    void withoutAKnownAgeTheReportersStatementDecidesAbove11() {
        assertTrue(ChildProtection.isChildAbuse(true, true, null, AgeGroup.AGE_12_17));
        assertFalse(ChildProtection.isChildAbuse(true, false, null, AgeGroup.AGE_12_17));
        assertTrue(ChildProtection.isChildAbuse(true, false, null, AgeGroup.AGE_0_11));
    }
}
