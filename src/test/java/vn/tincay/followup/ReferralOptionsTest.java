package vn.tincay.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.tincay.followup.Cases.aCase;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralOptionsTest {

    @Test
    void aCaseWithConsentOffersConsentAndImmediateDanger() {
        ReferralOptions options = new ReferralOptions(aCase().adult().withConsentToReferral().build(), List.of());
        assertEquals(List.of(ReferralBasis.CONSENT, ReferralBasis.IMMEDIATE_DANGER), options.getBases());
    }

    @Test
    void aChildAbuseCaseWithoutConsentOffersOnlyTheLegalBases() {
        ReferralOptions options = new ReferralOptions(aCase().childAbuse().build(), List.of());
        assertEquals(List.of(ReferralBasis.CHILD_PROTECTION_DUTY, ReferralBasis.IMMEDIATE_DANGER), options.getBases());
    }

    @Test
    void anAdultCaseWithoutConsentOffersOnlyImmediateDanger() {
        ReferralOptions options = new ReferralOptions(aCase().adult().build(), List.of());
        assertEquals(List.of(ReferralBasis.IMMEDIATE_DANGER), options.getBases());
        assertFalse(options.isConsentToReferral());
    }

    @Test
    void aClosedCaseOffersNoNewReferral() {
        assertFalse(new ReferralOptions(aCase().closed().build(), List.of()).isCaseOpen());
    }
}
