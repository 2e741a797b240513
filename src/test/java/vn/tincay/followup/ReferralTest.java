package vn.tincay.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tincay.followup.Cases.NOW;
import static vn.tincay.followup.Cases.aCase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tincay.incident.Incident;
import vn.tincay.organisation.ServiceOrganisation;
import vn.tincay.platform.UserFacingException;

class ReferralTest {

    private static final ServiceOrganisation CENTRE = Cases.socialWorkCentre(Cases.DISTRICT);

    private static Referral refer(Incident incident, ReferralBasis basis, String reason) {
        return new Referral(incident, CENTRE, "Tư vấn tâm lý", basis, reason, "coordinator", NOW);
    }

    private static String refusal(Runnable action) {
        return assertThrows(UserFacingException.class, action::run).getMessageKey();
    }

    // ---- The consent gate

    @Test
    void aReferralOnConsentIsRefusedWhenNoConsentWasRecorded() {
        Incident incident = aCase().build();
        assertEquals("referral.error.noConsent", refusal(() -> refer(incident, ReferralBasis.CONSENT, null)));
    }

    @Test
    void aReferralOnConsentIsSentWhenConsentWasRecordedAndKeepsNoReason() {
        Referral referral = refer(aCase().withConsentToReferral().build(), ReferralBasis.CONSENT, "ignored");
        assertEquals(ReferralStatus.SENT, referral.getStatus());
        assertNull(referral.getBasisReason());
        assertEquals(NOW, referral.getReferredAt());
    }

    @ParameterizedTest
    @EnumSource(value = ReferralBasis.class, names = {"CHILD_PROTECTION_DUTY", "IMMEDIATE_DANGER"})
    void aLegalBasisWithoutAWrittenReasonIsRefused(ReferralBasis basis) {
        Incident incident = aCase().childAbuse().build();
        assertEquals("referral.error.reasonMissing", refusal(() -> refer(incident, basis, null)));
        assertEquals("referral.error.reasonMissing", refusal(() -> refer(incident, basis, "   ")));
    }

    @Test
    void immediateDangerWithAReasonLetsAReferralGoWithoutConsent() {
        Referral referral = refer(aCase().adult().build(), ReferralBasis.IMMEDIATE_DANGER, " Bị đe dọa tại nhà ");
        assertEquals(ReferralBasis.IMMEDIATE_DANGER, referral.getBasis());
        assertEquals("Bị đe dọa tại nhà", referral.getBasisReason());
    }

    @Test
    void theChildProtectionDutyAppliesToAChildAbuseCase() {
        Incident incident = aCase().childAbuse().build();
        assertTrue(incident.isMustReport());
        Referral referral = refer(incident, ReferralBasis.CHILD_PROTECTION_DUTY, "Trẻ dưới 16 tuổi bị xâm hại");
        assertEquals(ReferralBasis.CHILD_PROTECTION_DUTY, referral.getBasis());
    }

    @Test
    void theChildProtectionDutyIsRefusedForACaseThatIsNotAboutAChild() {
        Incident incident = aCase().adult().build();
        assertFalse(incident.isMustReport());
        assertEquals("referral.error.notChildProtection",
                refusal(() -> refer(incident, ReferralBasis.CHILD_PROTECTION_DUTY, "Lý do")));
    }

    @Test
    void anOrganisationOfAnotherDistrictIsRefused() {
        Incident incident = aCase().withConsentToReferral().build();
        ServiceOrganisation elsewhere = Cases.socialWorkCentre(Cases.OTHER_DISTRICT);
        assertEquals("referral.error.organisation", refusal(() -> new Referral(incident, elsewhere, "Tư vấn",
                ReferralBasis.CONSENT, null, "coordinator", NOW)));
    }

    @Test
    void anInactiveOrMissingOrganisationIsRefused() {
        Incident incident = aCase().withConsentToReferral().build();
        ServiceOrganisation inactive = Cases.socialWorkCentre(Cases.DISTRICT);
        inactive.setActive(false);
        assertEquals("referral.error.organisation", refusal(() -> new Referral(incident, inactive, "Tư vấn",
                ReferralBasis.CONSENT, null, "coordinator", NOW)));
        assertEquals("referral.error.organisation", refusal(() -> new Referral(incident, null, "Tư vấn",
                ReferralBasis.CONSENT, null, "coordinator", NOW)));
    }

    @Test
    void aReferralNeedsItsNeedsAndABasis() {
        Incident incident = aCase().withConsentToReferral().build();
        assertEquals("referral.error.needsMissing", refusal(() -> new Referral(incident, CENTRE, " ",
                ReferralBasis.CONSENT, null, "coordinator", NOW)));
        assertEquals("referral.error.basisMissing", refusal(() -> new Referral(incident, CENTRE, "Tư vấn",
                null, null, "coordinator", NOW)));
    }

    @Test
    void aClosedCaseCannotBeReferred() {
        Incident incident = aCase().withConsentToReferral().closed().build();
        assertEquals("referral.error.caseClosed", refusal(() -> refer(incident, ReferralBasis.CONSENT, null)));
    }

    @Test
    void contactDetailsGoToTheServiceOnlyWithConsentToShareThem() {
        assertFalse(refer(aCase().withConsentToReferral().build(), ReferralBasis.CONSENT, null).mayShareContact());
        assertTrue(refer(aCase().withConsentToReferral().withConsentToShareContact().build(), ReferralBasis.CONSENT,
                null).mayShareContact());
    }

    // ---- Status: sent → accepted/declined → service provided → closed

    private static Referral sent() {
        return refer(aCase().withConsentToReferral().build(), ReferralBasis.CONSENT, null);
    }

    @Test
    void anAcceptedReferralMovesOnToServiceProvidedAndThenClosed() {
        Referral referral = sent();
        referral.accept("  ", NOW);
        assertEquals(ReferralStatus.ACCEPTED, referral.getStatus());
        assertNull(referral.getResponseNote());
        assertEquals(NOW, referral.getRespondedAt());
        referral.recordServiceProvided(" Tư vấn 3 buổi ", NOW);
        assertEquals(ReferralStatus.SERVICE_PROVIDED, referral.getStatus());
        assertEquals("Tư vấn 3 buổi", referral.getServiceProvided());
        referral.close(NOW);
        assertEquals(ReferralStatus.CLOSED, referral.getStatus());
        assertEquals(NOW, referral.getClosedAt());
    }

    @Test
    void declineNeedsAReason() {
        Referral referral = sent();
        assertEquals("referral.error.declineReason", refusal(() -> referral.decline(" ", NOW)));
        assertEquals(ReferralStatus.SENT, referral.getStatus());
        referral.decline("Không đủ chỗ", NOW);
        assertEquals(ReferralStatus.DECLINED, referral.getStatus());
        assertEquals("Không đủ chỗ", referral.getResponseNote());
    }

    @Test
    void aSentReferralCannotBeClosedOrServedBeforeItIsAnswered() {
        Referral referral = sent();
        assertEquals("referral.error.transition", refusal(() -> referral.close(NOW)));
        assertEquals("referral.error.transition", refusal(() -> referral.recordServiceProvided("Tư vấn", NOW)));
    }

    @Test
    void recordingTheServiceNeedsADescription() {
        Referral referral = sent();
        referral.accept(null, NOW);
        assertEquals("referral.error.serviceMissing", refusal(() -> referral.recordServiceProvided("", NOW)));
    }

    @Test
    void aDeclinedReferralCanOnlyBeClosed() {
        Referral referral = sent();
        referral.decline("Ngoài phạm vi", NOW);
        assertEquals("referral.error.transition", refusal(() -> referral.accept(null, NOW)));
        assertEquals("referral.error.transition", refusal(() -> referral.recordServiceProvided("x", NOW)));
        referral.close(NOW);
        assertEquals(ReferralStatus.CLOSED, referral.getStatus());
    }

    @Test
    void aClosedReferralTakesNoMoreAnswers() {
        Referral referral = sent();
        referral.accept(null, NOW);
        referral.close(NOW);
        assertEquals("referral.error.transition", refusal(() -> referral.close(NOW)));
        assertEquals("referral.error.transition", refusal(() -> referral.accept(null, NOW)));
    }

    @ParameterizedTest
    @EnumSource(ReferralStatus.class)
    void noStatusMovesBackToSentOrToItself(ReferralStatus status) {
        assertFalse(status.canMoveTo(ReferralStatus.SENT));
        assertFalse(status.canMoveTo(status));
    }
}
