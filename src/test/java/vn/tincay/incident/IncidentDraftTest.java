package vn.tincay.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IncidentDraftTest {

    private static IncidentDraft draftOn(LocalDate incidentDate) {
        IncidentDraft draft = new IncidentDraft();
        draft.setIncidentDate(incidentDate);
        return draft;
    }

    @Test
    void theAgeAtTheIncidentComesFromTheBirthDate() {
        IncidentDraft draft = draftOn(LocalDate.of(2026, 11, 10));
        draft.setSurvivorBirthDate(LocalDate.of(2012, 5, 1));
        draft.setSurvivorAge(30);
        assertEquals(14, draft.ageAtIncident());
    }

    @Test
    void theBirthdayItselfCountsAsTheNewAge() {
        IncidentDraft draft = draftOn(LocalDate.of(2026, 5, 1));
        draft.setSurvivorBirthDate(LocalDate.of(2012, 5, 1));
        assertEquals(14, draft.ageAtIncident());
        draft.setIncidentDate(LocalDate.of(2026, 4, 30));
        assertEquals(13, draft.ageAtIncident());
    }

    @Test
    void withoutABirthDateTheTypedAgeIsUsed() {
        IncidentDraft draft = draftOn(LocalDate.of(2026, 11, 10));
        draft.setSurvivorAge(9);
        assertEquals(9, draft.ageAtIncident());
    }

    @Test
    void aBirthDateAfterTheIncidentIsNotUsedForTheAge() {
        IncidentDraft draft = draftOn(LocalDate.of(2026, 11, 10));
        draft.setSurvivorBirthDate(LocalDate.of(2026, 11, 15));
        assertNull(draft.ageAtIncident());
        draft.setSurvivorAge(12);
        assertEquals(12, draft.ageAtIncident());
    }

    @Test
    void withoutAnIncidentDateTheBirthDateGivesNoAge() {
        IncidentDraft draft = draftOn(null);
        draft.setSurvivorBirthDate(LocalDate.of(2012, 5, 1));
        assertNull(draft.ageAtIncident());
    }

    @Test
    void noAnswerYesMeansNotGbv() {
        assertEquals(GbvType.NOT_GBV, new IncidentDraft().derivedType());
    }

    @Test
    void eachQuestionAloneLeadsToItsOwnType() {
        assertEquals(GbvType.RAPE, typeOf(new GbvAnswers(true, false, false, false, false, false)));
        assertEquals(GbvType.SEXUAL_ASSAULT, typeOf(new GbvAnswers(false, true, false, false, false, false)));
        assertEquals(GbvType.PHYSICAL_ASSAULT, typeOf(new GbvAnswers(false, false, true, false, false, false)));
        assertEquals(GbvType.FORCED_MARRIAGE, typeOf(new GbvAnswers(false, false, false, true, false, false)));
        assertEquals(GbvType.DENIAL_OF_RESOURCES, typeOf(new GbvAnswers(false, false, false, false, true, false)));
        assertEquals(GbvType.PSYCHOLOGICAL_ABUSE, typeOf(new GbvAnswers(false, false, false, false, false, true)));
    }

    @Test
    void theFirstYesInPriorityOrderDecidesTheType() {
        assertEquals(GbvType.RAPE, typeOf(new GbvAnswers(true, true, true, true, true, true)));
        assertEquals(GbvType.PHYSICAL_ASSAULT, typeOf(new GbvAnswers(false, false, true, true, false, true)));
        assertEquals(GbvType.DENIAL_OF_RESOURCES, typeOf(new GbvAnswers(false, false, false, false, true, true)));
    }

    private static GbvType typeOf(GbvAnswers answers) {
        IncidentDraft draft = new IncidentDraft();
        draft.setAnswers(answers);
        return draft.derivedType();
    }
}
