package vn.tincay.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tincay.organisation.District;
import vn.tincay.organisation.Ownership;
import vn.tincay.organisation.Province;
import vn.tincay.organisation.School;
import vn.tincay.organisation.SchoolLevel;
import vn.tincay.platform.UserFacingException;

class IncidentTest {

    private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

    static Incident incidentOfAgedSurvivor(Integer age) {
        District district = new District(new Province("TX", "Tỉnh X", "Sở X"), "HX", "Huyện X", "Phòng X");
        School school = new School(district, "HX-TH", "Trường X", SchoolLevel.PRIMARY, Ownership.PUBLIC);
        Incident incident = new Incident("HX-2026-0001", "00000000-0000-0000-0000-000000000001", school, null, NOW);
        incident.describeIncident(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2), PlaceType.SCHOOL_PREMISES,
                false, null);
        incident.answer(new GbvAnswers(false, false, true, false, false, false), false, false, false, false);
        incident.describeSurvivor(new SurvivorIdentity(), null, age, null, Sex.FEMALE, SurvivorKind.STUDENT, false);
        incident.classify();
        return incident;
    }

    @Test
    void aNewReportStartsAsReportedWithItsDerivedType() {
        Incident incident = incidentOfAgedSurvivor(14);
        assertEquals(IncidentStatus.REPORTED, incident.getStatus());
        assertEquals(GbvType.PHYSICAL_ASSAULT, incident.getType());
        assertEquals(AgeGroup.AGE_12_17, incident.getSurvivorAgeGroup());
        assertTrue(incident.isMustReport());
    }

    @Test
    void aCaseMovesThroughVerificationToProgressAndClosure() {
        Incident incident = incidentOfAgedSurvivor(14);
        IncidentStatusChange verifying = incident.changeStatus(IncidentStatus.VERIFYING, null, null, "coordinator", NOW);
        assertEquals(IncidentStatus.REPORTED, verifying.getFromStatus());
        incident.changeStatus(IncidentStatus.IN_PROGRESS, null, null, "coordinator", NOW);
        IncidentStatusChange closed = incident.changeStatus(IncidentStatus.CLOSED, CloseReason.RESOLVED, null,
                "coordinator", NOW);
        assertEquals(CloseReason.RESOLVED, closed.getReason());
        assertEquals(IncidentStatus.CLOSED, incident.getStatus());
        assertNotNull(incident.getClosedAt());
    }

    @Test
    void aReportedCaseCannotSkipVerification() {
        Incident incident = incidentOfAgedSurvivor(14);
        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> incident.changeStatus(IncidentStatus.IN_PROGRESS, null, null, "coordinator", NOW));
        assertEquals("incident.error.transition", refused.getMessageKey());
        assertEquals(IncidentStatus.REPORTED, incident.getStatus());
    }

    @Test
    void closingNeedsAReasonAndOtherNeedsANote() {
        Incident incident = incidentOfAgedSurvivor(14);
        assertThrows(UserFacingException.class,
                () -> incident.changeStatus(IncidentStatus.CLOSED, null, null, "coordinator", NOW));
        assertThrows(UserFacingException.class,
                () -> incident.changeStatus(IncidentStatus.CLOSED, CloseReason.OTHER, " ", "coordinator", NOW));
        incident.changeStatus(IncidentStatus.CLOSED, CloseReason.OTHER, "Trùng với vụ việc khác", "coordinator", NOW);
        assertEquals(CloseReason.OTHER, incident.getCloseReason());
    }

    @Test
    void aClosedCaseIsReopenedIntoProgressWithANote() {
        Incident incident = incidentOfAgedSurvivor(14);
        incident.changeStatus(IncidentStatus.CLOSED, CloseReason.RESOLVED, null, "coordinator", NOW);
        assertThrows(UserFacingException.class,
                () -> incident.changeStatus(IncidentStatus.IN_PROGRESS, null, null, "coordinator", NOW));
        incident.changeStatus(IncidentStatus.IN_PROGRESS, null, "Phát sinh tình tiết mới", "coordinator", NOW);
        assertEquals(IncidentStatus.IN_PROGRESS, incident.getStatus());
        assertNull(incident.getCloseReason());
        assertNull(incident.getClosedAt());
    }

    @Test
    void consentForAChildOf14MustComeFromTheChildAndTheGuardian() {
        Incident incident = incidentOfAgedSurvivor(14);
        UserFacingException wrong = assertThrows(UserFacingException.class,
                () -> incident.recordConsent(ConsentGiver.GUARDIAN, true, false, false));
        assertEquals("incident.error.consentGiverWrong", wrong.getMessageKey());
        incident.recordConsent(ConsentGiver.BOTH, true, true, false);
        assertTrue(incident.isConsentToReferral());
        assertEquals(ConsentGiver.BOTH, incident.getConsentGivenBy());
    }

    @Test
    void noConsentNeedsNoGiver() {
        Incident incident = incidentOfAgedSurvivor(20);
        incident.recordConsent(null, false, false, false);
        assertFalse(incident.isConsentToReferral());
        assertNull(incident.getConsentGivenBy());
        assertThrows(UserFacingException.class, () -> incident.recordConsent(null, false, true, false));
    }

    @Test
    void anIncidentCannotHappenAfterItWasReported() {
        Incident incident = incidentOfAgedSurvivor(14);
        assertThrows(UserFacingException.class, () -> incident.describeIncident(LocalDate.of(2026, 11, 5),
                LocalDate.of(2026, 11, 4), PlaceType.ONLINE, false, null));
    }

    @Test
    void atMostTenPerpetratorsAreRecorded() {
        Incident incident = incidentOfAgedSurvivor(14);
        for (int i = 0; i < Incident.MAX_PERPETRATORS; i++) {
            incident.addPerpetrator(Relationship.FELLOW_STUDENT, Sex.MALE, AgeGroup.AGE_12_17);
        }
        assertThrows(UserFacingException.class,
                () -> incident.addPerpetrator(Relationship.STRANGER, Sex.MALE, AgeGroup.AGE_18_25));
        assertEquals(Incident.MAX_PERPETRATORS, incident.getPerpetrators().size());
        assertEquals(1, incident.getPerpetrators().get(0).getPosition());
    }

    @Test
    void caseCodesCarryDistrictYearAndAFourDigitSequence() {
        assertEquals("HDEMO-2026-0042", CaseCodes.format("HDEMO", 2026, 42));
        assertEquals("HDEMO-2027-12345", CaseCodes.format("HDEMO", 2027, 12345));
        assertEquals(2027, CaseCodes.year("HDEMO-2027-12345"));
        assertEquals(2026, CaseCodes.year("HA-NOI-2026-0042"), "a district code with a hyphen of its own");
    }

    @Test
    void aCaseCannotHaveBeenReceivedAfterTheYearItIsFiledAndNumberedIn() {
        District district = new District(new Province("TX", "Tỉnh X", "Sở X"), "HX", "Huyện X", "Phòng X");
        School school = new School(district, "HX-TH", "Trường X", SchoolLevel.PRIMARY, Ownership.PUBLIC);
        Incident incident = new Incident("HX-2026-0003", "00000000-0000-0000-0000-000000000003", school, null, NOW);
        UserFacingException e = assertThrows(UserFacingException.class, () -> incident.describeIncident(
                LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 1), PlaceType.SCHOOL_PREMISES, false, null));
        assertEquals("incident.error.reportAfterFiling", e.getMessageKey());
        assertNull(incident.getReportedDate(), "nothing was taken");
        incident.describeIncident(LocalDate.of(2025, 12, 30), LocalDate.of(2025, 12, 31), PlaceType.SCHOOL_PREMISES,
                false, null);
        assertEquals(LocalDate.of(2025, 12, 31), incident.getReportedDate(), "received the year before: filed late");
    }

    private static Incident incident(GbvAnswers answers, Integer age, PlaceType place, boolean childTick,
                                     boolean onlineTick) {
        District district = new District(new Province("TX", "Tỉnh X", "Sở X"), "HX", "Huyện X", "Phòng X");
        School school = new School(district, "HX-TH", "Trường X", SchoolLevel.PRIMARY, Ownership.PUBLIC);
        Incident incident = new Incident("HX-2026-0002", "00000000-0000-0000-0000-000000000002", school, null, NOW);
        incident.describeIncident(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2), place, false, null);
        incident.answer(answers, false, childTick, onlineTick, false);
        incident.describeSurvivor(new SurvivorIdentity(), null, age, null, Sex.FEMALE, SurvivorKind.STUDENT, false);
        incident.classify();
        return incident;
    }

    private static GbvAnswers physicalAndMarriageNotKnown() {
        return new GbvAnswers(Answer.NO, Answer.NO, Answer.YES, Answer.UNKNOWN, Answer.NO, Answer.NO);
    }

    @Test
    void aReportWithAnUnansweredQuestionIsRefused() {
        GbvAnswers skipped = new GbvAnswers(false, false, true, false, false, false);
        skipped.setDenial(null);
        Incident incident = incidentOfAgedSurvivor(14);
        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> incident.answer(skipped, false, false, false, false));
        assertEquals("incident.error.answersMissing", refused.getMessageKey());
        assertEquals("answers.denial", refused.getArguments()[0]);
    }

    @Test
    void aNotKnownAnswerKeepsTheCaseFromGoingOnUntilTheCoordinatorAnswersIt() {
        Incident incident = incident(physicalAndMarriageNotKnown(), 15, PlaceType.SCHOOL_PREMISES, false, false);
        assertTrue(incident.hasUnresolvedAnswers());
        incident.changeStatus(IncidentStatus.VERIFYING, null, null, "coordinator", NOW);
        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> incident.changeStatus(IncidentStatus.IN_PROGRESS, null, null, "coordinator", NOW));
        assertEquals("incident.error.unknownAnswers", refused.getMessageKey());
        assertEquals(IncidentStatus.VERIFYING, incident.getStatus());

        incident.reviseAnswers(new GbvAnswers(false, false, true, true, false, false), NOW);
        assertFalse(incident.hasUnresolvedAnswers());
        assertEquals(GbvType.PHYSICAL_ASSAULT, incident.getType());
        assertTrue(incident.isEarlyMarriage(), "the coordinator's yes makes it a child marriage");
        incident.changeStatus(IncidentStatus.IN_PROGRESS, null, null, "coordinator", NOW);
        assertEquals(IncidentStatus.IN_PROGRESS, incident.getStatus());
    }

    @Test
    void theCoordinatorCannotAnswerNotKnownByLeavingAQuestionOut() {
        Incident incident = incident(physicalAndMarriageNotKnown(), 15, PlaceType.SCHOOL_PREMISES, false, false);
        GbvAnswers partial = physicalAndMarriageNotKnown();
        partial.setForcedMarriage(null);
        assertThrows(UserFacingException.class, () -> incident.reviseAnswers(partial, NOW));
        assertTrue(incident.hasUnresolvedAnswers());
    }

    @Test
    void anOnlinePlaceIsOnlineViolenceWithoutATick() {
        GbvAnswers threats = new GbvAnswers(false, false, false, false, false, true);
        assertTrue(incident(threats, 14, PlaceType.ONLINE, false, false).isOnlineViolence());
        assertTrue(incident(threats, 14, PlaceType.SCHOOL_PREMISES, false, true).isOnlineViolence(),
                "threats by phone after a fight at school");
        assertFalse(incident(threats, 14, PlaceType.SCHOOL_PREMISES, false, false).isOnlineViolence());
    }

    @Test
    void abuseOfAChildFollowsTheAgeAndAgreesWithTheDutyToReport() {
        GbvAnswers beaten = new GbvAnswers(false, false, true, false, false, false);
        Incident ticked17 = incident(beaten, 17, PlaceType.SCHOOL_PREMISES, true, false);
        assertFalse(ticked17.isChildAbuse(), "a 17-year-old is not a child under the Law on Children");
        assertFalse(ticked17.isMustReport());
        Incident unticked10 = incident(beaten, 10, PlaceType.SCHOOL_PREMISES, false, false);
        assertTrue(unticked10.isChildAbuse(), "a beaten 10-year-old is abuse of a child, ticked or not");
        assertTrue(unticked10.isMustReport());
        Incident notKnown = incident(new GbvAnswers(Answer.NO, Answer.UNKNOWN, Answer.NO, Answer.NO, Answer.NO,
                Answer.NO), 9, PlaceType.SCHOOL_PREMISES, false, false);
        assertEquals(GbvType.NOT_GBV, notKnown.getType());
        assertTrue(notKnown.isChildAbuse() && notKnown.isMustReport(), "possible sexual abuse of a 9-year-old");
    }

    @Test
    void whoeverIsNamedAsGivingConsentMustBeTheRightPersonEvenWithoutAnyConsent() {
        Incident incident = incidentOfAgedSurvivor(12);
        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> incident.recordConsent(ConsentGiver.SURVIVOR, false, false, false));
        assertEquals("incident.error.consentGiverWrong", refused.getMessageKey());
        incident.recordConsent(ConsentGiver.BOTH, false, false, false);
        assertEquals(ConsentGiver.BOTH, incident.getConsentGivenBy(), "asked, and refused: who refused is kept");
        incident.recordConsent(null, false, false, false);
        assertNull(incident.getConsentGivenBy());
    }
}
