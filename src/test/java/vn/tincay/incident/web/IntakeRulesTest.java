package vn.tincay.incident.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tincay.incident.AgeGroup;
import vn.tincay.incident.Answer;
import vn.tincay.incident.ConsentGiver;
import vn.tincay.incident.GbvAnswers;
import vn.tincay.incident.GbvType;
import vn.tincay.incident.IncidentDraft;
import vn.tincay.incident.PerpetratorDraft;
import vn.tincay.incident.PlaceType;

class IntakeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** A report that passes every step: a 14-year-old raped at school, consent of child and guardian. */
    private static IncidentDraft complete() {
        IncidentDraft draft = new IncidentDraft();
        draft.setIncidentDate(LocalDate.of(2026, 11, 10));
        draft.setReportedDate(TODAY);
        draft.setPlaceType(PlaceType.SCHOOL_PREMISES);
        draft.setUrgent(true);
        draft.setAnswers(new GbvAnswers(true, false, false, false, false, false));
        draft.setSurvivorBirthDate(LocalDate.of(2012, 5, 1));
        draft.getPerpetrators().add(new PerpetratorDraft());
        draft.setConsentGivenBy(ConsentGiver.BOTH);
        draft.setConsentToReferral(true);
        return draft;
    }

    private static List<IntakeRules.Problem> check(IntakeStep step, IncidentDraft draft) {
        return IntakeRules.check(step, draft, false, TODAY);
    }

    private static IntakeRules.Problem problem(String field, String key, Object... arguments) {
        return new IntakeRules.Problem(field, key, arguments);
    }

    @Test
    void aCompleteReportPassesEveryStep() {
        for (IntakeStep step : IntakeStep.values()) {
            assertEquals(List.of(), check(step, complete()), step.name());
        }
        assertNull(IntakeRules.firstStepWithProblems(complete(), false, TODAY));
    }

    @Test
    void theFirstStepNeedsTheDatesAndThePlace() {
        IncidentDraft draft = new IncidentDraft();
        assertEquals(List.of(problem("incidentDate", "intake.error.required"),
                problem("reportedDate", "intake.error.required"), problem("placeType", "intake.error.required")),
                check(IntakeStep.WHEN_WHERE, draft));
    }

    @Test
    void datesAfterTodayAreRefused() {
        IncidentDraft draft = complete();
        draft.setIncidentDate(TODAY.plusDays(1));
        draft.setReportedDate(TODAY.plusDays(1));
        assertEquals(List.of(problem("incidentDate", "intake.error.future"),
                problem("reportedDate", "intake.error.future")), check(IntakeStep.WHEN_WHERE, draft));
    }

    @Test
    void anIncidentAfterItsReportIsRefused() {
        IncidentDraft draft = complete();
        draft.setIncidentDate(LocalDate.of(2026, 11, 20));
        draft.setReportedDate(LocalDate.of(2026, 11, 19));
        assertEquals(List.of(problem("incidentDate", "incident.error.incidentAfterReport")),
                check(IntakeStep.WHEN_WHERE, draft));
    }

    @Test
    void aCoordinatorMustChooseTheSchoolButSchoolStaffNeedNot() {
        IncidentDraft draft = complete();
        assertEquals(List.of(problem("school", "incident.error.schoolMissing")),
                IntakeRules.check(IntakeStep.WHEN_WHERE, draft, true, TODAY));
        assertEquals(List.of(), IntakeRules.check(IntakeStep.WHEN_WHERE, draft, false, TODAY));
        draft.setSchoolId(7L);
        assertEquals(List.of(), IntakeRules.check(IntakeStep.WHEN_WHERE, draft, true, TODAY));
    }

    @Test
    void aBirthDateAfterTheIncidentIsRefused() {
        IncidentDraft draft = complete();
        draft.setSurvivorBirthDate(LocalDate.of(2026, 11, 15));
        assertEquals(List.of(problem("survivorBirthDate", "incident.error.birthAfterIncident")),
                check(IntakeStep.SURVIVOR, draft));
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        IncidentDraft draft = complete();
        draft.setSurvivorBirthDate(TODAY.plusDays(3));
        assertEquals(List.of(problem("survivorBirthDate", "intake.error.future")), check(IntakeStep.SURVIVOR, draft));
    }

    @Test
    void aTypedAgeMustBeBetweenZeroAndOneHundredTwenty() {
        IncidentDraft draft = complete();
        draft.setSurvivorBirthDate(null);
        draft.setSurvivorAge(121);
        assertEquals(List.of(problem("survivorAge", "incident.error.age")), check(IntakeStep.SURVIVOR, draft));
        draft.setSurvivorAge(0);
        assertEquals(List.of(), check(IntakeStep.SURVIVOR, draft));
    }

    @Test
    void theSurvivorsSexAndKindAreRequired() {
        IncidentDraft draft = complete();
        draft.setSurvivorSex(null);
        draft.setSurvivorKind(null);
        assertEquals(List.of(problem("survivorSex", "intake.error.required"),
                problem("survivorKind", "intake.error.required")), check(IntakeStep.SURVIVOR, draft));
    }

    @Test
    void atMostTenPerpetratorsAreRecorded() {
        IncidentDraft draft = complete();
        for (int i = 1; i < 10; i++) {
            draft.getPerpetrators().add(new PerpetratorDraft());
        }
        assertEquals(List.of(), check(IntakeStep.PERPETRATORS, draft));
        draft.getPerpetrators().add(new PerpetratorDraft());
        assertEquals(List.of(problem("perpetrators", "incident.error.tooManyPerpetrators", 10)),
                check(IntakeStep.PERPETRATORS, draft));
    }

    @Test
    void noPerpetratorAtAllIsAllowed() {
        IncidentDraft draft = complete();
        draft.getPerpetrators().clear();
        assertEquals(List.of(), check(IntakeStep.PERPETRATORS, draft));
    }

    @Test
    void consentNeedsToSayWhoGaveIt() {
        IncidentDraft draft = complete();
        draft.setConsentGivenBy(null);
        assertEquals(List.of(problem("consentGivenBy", "incident.error.consentGiverMissing")),
                check(IntakeStep.CONSENT, draft));
    }

    @Test
    void aFourteenYearOldsConsentNeedsTheChildAndTheGuardian() {
        IncidentDraft draft = complete();
        draft.setConsentGivenBy(ConsentGiver.GUARDIAN);
        assertEquals(List.of(problem("consentGivenBy", "incident.error.consentGiverWrong", ConsentGiver.BOTH)),
                check(IntakeStep.CONSENT, draft));
        assertEquals(ConsentGiver.BOTH, IntakeRules.requiredConsentGiver(draft));
    }

    @Test
    void aChildUnderSevenIsConsentedForByTheGuardian() {
        IncidentDraft draft = complete();
        draft.setSurvivorBirthDate(LocalDate.of(2021, 1, 1));
        draft.setConsentGivenBy(ConsentGiver.GUARDIAN);
        assertEquals(List.of(), check(IntakeStep.CONSENT, draft));
    }

    @Test
    void withoutAnyConsentNobodyNeedsToBeNamed() {
        IncidentDraft draft = complete();
        draft.setConsentToReferral(false);
        draft.setConsentGivenBy(null);
        assertEquals(List.of(), check(IntakeStep.CONSENT, draft));
    }

    @Test
    void whenTheAgeIsUnknownAnyGiverIsAccepted() {
        IncidentDraft draft = complete();
        draft.setSurvivorBirthDate(null);
        draft.setConsentGivenBy(ConsentGiver.SURVIVOR);
        assertNull(IntakeRules.requiredConsentGiver(draft));
        assertEquals(List.of(), check(IntakeStep.CONSENT, draft));
    }

    @Test
    void theFirstStepWithAProblemIsWhereTheReportGoesBackTo() {
        IncidentDraft draft = complete();
        draft.setConsentGivenBy(ConsentGiver.SURVIVOR);
        assertEquals(IntakeStep.CONSENT, IntakeRules.firstStepWithProblems(draft, false, TODAY));
        draft.setPlaceType(null);
        assertEquals(IntakeStep.WHEN_WHERE, IntakeRules.firstStepWithProblems(draft, false, TODAY));
    }

    @Test
    void aFourteenYearOldRapeSurvivorMustBeReported() {
        IncidentDraft draft = complete();
        assertTrue(IntakeRules.mustReport(draft));
        assertTrue(IntakeRules.classification(draft).childSexualAbuse());
        assertEquals(GbvType.RAPE, IntakeRules.classification(draft).type());
    }

    @Test
    void aSixteenYearOldNeedNotBeReportedWithoutConsent() {
        IncidentDraft draft = complete();
        draft.setSurvivorBirthDate(LocalDate.of(2010, 1, 1));
        assertFalse(IntakeRules.mustReport(draft));
        assertTrue(IntakeRules.classification(draft).childSexualAbuse());
    }

    @Test
    void aYoungChildOfUnknownAgeMustBeReported() {
        IncidentDraft draft = complete();
        draft.setSurvivorBirthDate(null);
        draft.setSurvivorAgeGroup(AgeGroup.AGE_0_11);
        assertTrue(IntakeRules.mustReport(draft));
    }

    @Test
    void theAgeGroupComesFromTheAgeWhenTheAgeIsKnown() {
        IncidentDraft draft = complete();
        draft.setSurvivorAgeGroup(AgeGroup.AGE_41_60);
        assertEquals(AgeGroup.AGE_12_17, IntakeRules.effectiveAgeGroup(draft));
        draft.setSurvivorBirthDate(null);
        assertEquals(AgeGroup.AGE_41_60, IntakeRules.effectiveAgeGroup(draft));
        draft.setSurvivorAgeGroup(null);
        assertEquals(AgeGroup.UNKNOWN, IntakeRules.effectiveAgeGroup(draft));
    }

    @Test
    void aForcedMarriageOfAMinorIsAnEarlyMarriage() {
        IncidentDraft draft = complete();
        draft.setAnswers(new GbvAnswers(false, false, false, true, false, false));
        assertTrue(IntakeRules.classification(draft).earlyMarriage());
        assertFalse(IntakeRules.classification(draft).childSexualAbuse());
    }

    @Test
    void theQuestionsStartUnansweredAndEachNeedsAnAnswerBeforeTheStepGoesOn() {
        IncidentDraft draft = new IncidentDraft();
        assertEquals(List.of(problem("qPenetration", "intake.error.answerRequired"),
                problem("qSexualContact", "intake.error.answerRequired"),
                problem("qPhysical", "intake.error.answerRequired"),
                problem("qForcedMarriage", "intake.error.answerRequired"),
                problem("qDenial", "intake.error.answerRequired"),
                problem("qPsychological", "intake.error.answerRequired")), check(IntakeStep.WHAT_HAPPENED, draft));
        assertEquals(GbvType.NOT_GBV, draft.derivedType());
    }

    @Test
    void notKnownIsAnAnswer() {
        IncidentDraft draft = complete();
        draft.setAnswers(new GbvAnswers(Answer.UNKNOWN, Answer.NO, Answer.YES, Answer.NO, Answer.UNKNOWN,
                Answer.NO));
        assertEquals(List.of(), check(IntakeStep.WHAT_HAPPENED, draft));
        assertTrue(IntakeRules.classification(draft).provisional());
    }

    @Test
    void oneSkippedQuestionIsNamedAlone() {
        IncidentDraft draft = complete();
        draft.getAnswers().setDenial(null);
        assertEquals(List.of(problem("qDenial", "intake.error.answerRequired")), check(IntakeStep.WHAT_HAPPENED, draft));
        assertEquals(IntakeStep.WHAT_HAPPENED, IntakeRules.firstStepWithProblems(draft, false, TODAY));
    }

    @Test
    void aGiverNamedWithoutAnyConsentIsCheckedToo() {
        IncidentDraft draft = complete();
        draft.setConsentToReferral(false);
        draft.setConsentGivenBy(ConsentGiver.SURVIVOR);
        assertEquals(List.of(problem("consentGivenBy", "incident.error.consentGiverWrong", ConsentGiver.BOTH)),
                check(IntakeStep.CONSENT, draft));
    }

    @Test
    void anOnlinePlaceMakesTheReportOnline() {
        IncidentDraft draft = complete();
        assertFalse(IntakeRules.online(draft));
        draft.setPlaceType(PlaceType.ONLINE);
        assertTrue(IntakeRules.online(draft));
    }
}
