package vn.tincay.incident.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntakeStepTest {

    @Test
    void theStepsFollowTheOrderOfTheForm() {
        assertEquals(IntakeStep.WHAT_HAPPENED, IntakeStep.WHEN_WHERE.next());
        assertEquals(IntakeStep.SURVIVOR, IntakeStep.WHAT_HAPPENED.next());
        assertEquals(IntakeStep.PERPETRATORS, IntakeStep.SURVIVOR.next());
        assertEquals(IntakeStep.CONSENT, IntakeStep.PERPETRATORS.next());
        assertEquals(IntakeStep.REVIEW, IntakeStep.CONSENT.next());
        assertEquals(IntakeStep.CONSENT, IntakeStep.REVIEW.previous());
        assertEquals(IntakeStep.WHEN_WHERE, IntakeStep.WHAT_HAPPENED.previous());
    }

    @Test
    void thereIsNothingBeforeTheFirstStepNorAfterTheLast() {
        assertTrue(IntakeStep.WHEN_WHERE.isFirst());
        assertEquals(IntakeStep.WHEN_WHERE, IntakeStep.WHEN_WHERE.previous());
        assertTrue(IntakeStep.REVIEW.isLast());
        assertEquals(IntakeStep.REVIEW, IntakeStep.REVIEW.next());
        assertFalse(IntakeStep.SURVIVOR.isFirst());
        assertFalse(IntakeStep.SURVIVOR.isLast());
    }

    @Test
    void stepsAreNumberedFromOneToSix() {
        assertEquals(1, IntakeStep.WHEN_WHERE.number());
        assertEquals(6, IntakeStep.REVIEW.number());
        assertEquals(6, IntakeStep.count());
    }

    @Test
    void aStepIsBeforeTheStepsThatFollowIt() {
        assertTrue(IntakeStep.WHEN_WHERE.isBefore(IntakeStep.REVIEW));
        assertFalse(IntakeStep.REVIEW.isBefore(IntakeStep.CONSENT));
        assertFalse(IntakeStep.CONSENT.isBefore(IntakeStep.CONSENT));
    }

    @Test
    void aSavedStepIsFoundByItsNameAndAnUnknownNameStartsAtTheFirstStep() {
        assertEquals(IntakeStep.CONSENT, IntakeStep.named("CONSENT"));
        assertEquals(IntakeStep.REVIEW, IntakeStep.named("REVIEW"));
        assertEquals(IntakeStep.WHEN_WHERE, IntakeStep.named("NO_SUCH_STEP"));
        assertEquals(IntakeStep.WHEN_WHERE, IntakeStep.named(null));
    }
}
