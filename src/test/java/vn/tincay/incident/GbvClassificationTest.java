package vn.tincay.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GbvClassificationTest {

    private static GbvAnswers answers(boolean penetration, boolean contact, boolean physical, boolean marriage,
                                      boolean denial, boolean psychological) {
        return new GbvAnswers(penetration, contact, physical, marriage, denial, psychological);
    }

    @Test
    void noYesMeansTheIncidentIsNotGbv() {
        assertEquals(GbvType.NOT_GBV, GbvClassification.typeOf(new GbvAnswers()));
    }

    @Test
    void eachQuestionAloneLeadsToItsOwnType() {
        assertEquals(GbvType.RAPE, GbvClassification.typeOf(answers(true, false, false, false, false, false)));
        assertEquals(GbvType.SEXUAL_ASSAULT, GbvClassification.typeOf(answers(false, true, false, false, false, false)));
        assertEquals(GbvType.PHYSICAL_ASSAULT, GbvClassification.typeOf(answers(false, false, true, false, false, false)));
        assertEquals(GbvType.FORCED_MARRIAGE, GbvClassification.typeOf(answers(false, false, false, true, false, false)));
        assertEquals(GbvType.DENIAL_OF_RESOURCES, GbvClassification.typeOf(answers(false, false, false, false, true, false)));
        assertEquals(GbvType.PSYCHOLOGICAL_ABUSE, GbvClassification.typeOf(answers(false, false, false, false, false, true)));
    }

    @Test
    void theFirstYesInPriorityOrderWins() {
        assertEquals(GbvType.RAPE, GbvClassification.typeOf(answers(true, true, true, true, true, true)));
        assertEquals(GbvType.SEXUAL_ASSAULT, GbvClassification.typeOf(answers(false, true, true, false, false, true)));
        assertEquals(GbvType.PHYSICAL_ASSAULT, GbvClassification.typeOf(answers(false, false, true, true, true, true)));
        assertEquals(GbvType.FORCED_MARRIAGE, GbvClassification.typeOf(answers(false, false, false, true, true, true)));
        assertEquals(GbvType.DENIAL_OF_RESOURCES, GbvClassification.typeOf(answers(false, false, false, false, true, true)));
    }

    @Test
    void sexualViolenceAgainstAChildIsChildSexualAbuse() {
        GbvClassification rapeOf15 = GbvClassification.classify(answers(true, false, false, false, false, false), 15, null);
        assertTrue(rapeOf15.childSexualAbuse());
        GbvClassification assaultOf17 = GbvClassification.classify(answers(false, true, false, false, false, false), 17, null);
        assertTrue(assaultOf17.childSexualAbuse());
        GbvClassification assaultOf18 = GbvClassification.classify(answers(false, true, false, false, false, false), 18, null);
        assertFalse(assaultOf18.childSexualAbuse());
        GbvClassification physicalOf10 = GbvClassification.classify(answers(false, false, true, false, false, false), 10, null);
        assertFalse(physicalOf10.childSexualAbuse());
    }

    @Test
    void forcedMarriageOfAChildIsEarlyMarriage() {
        assertTrue(GbvClassification.classify(answers(false, false, false, true, false, false), 16, null).earlyMarriage());
        assertFalse(GbvClassification.classify(answers(false, false, false, true, false, false), 19, null).earlyMarriage());
    }

    @Test
    void anUnknownAgeInAChildAgeGroupCountsAsAChild() {
        GbvClassification classification = GbvClassification.classify(
                answers(true, false, false, false, false, false), null, AgeGroup.AGE_12_17);
        assertTrue(classification.childSexualAbuse());
        assertFalse(GbvClassification.classify(answers(true, false, false, false, false, false), null, AgeGroup.UNKNOWN)
                .childSexualAbuse());
    }

    private static GbvAnswers tri(Answer... answers) {
        return new GbvAnswers(answers[0], answers[1], answers[2], answers[3], answers[4], answers[5]);
    }

    private static final Answer Y = Answer.YES;
    private static final Answer N = Answer.NO;
    private static final Answer U = Answer.UNKNOWN;

    @Test
    void notKnownIsNoYesSoTheFirstYesStillDecides() {
        assertEquals(GbvType.PHYSICAL_ASSAULT, GbvClassification.typeOf(tri(U, N, Y, N, N, U)));
        assertEquals(GbvType.NOT_GBV, GbvClassification.typeOf(tri(N, N, N, U, N, N)));
    }

    @Test
    void aTypeIsProvisionalWhileAHigherQuestionIsNotKnown() {
        assertTrue(GbvClassification.classify(tri(U, N, Y, N, N, N), 14, null).provisional(),
                "penetration not known could still make it rape");
        assertFalse(GbvClassification.classify(tri(Y, N, N, N, N, U), 14, null).provisional(),
                "nothing ranks above rape");
        assertTrue(GbvClassification.classify(tri(N, N, N, N, U, N), 14, null).provisional(),
                "not GBV only as far as known");
        assertFalse(GbvClassification.classify(tri(N, N, N, N, N, N), 14, null).provisional());
    }

    @Test
    void aForcedMarriageOfAGirlUnder18IsAChildMarriageEvenWhenPhysicalAssaultWinsTheType() {
        GbvClassification beatenAndMarried = GbvClassification.classify(tri(N, N, Y, Y, N, N), 15, null, Sex.FEMALE);
        assertEquals(GbvType.PHYSICAL_ASSAULT, beatenAndMarried.type());
        assertTrue(beatenAndMarried.earlyMarriage());
        GbvClassification rapedAndMarried = GbvClassification.classify(tri(Y, N, N, Y, N, N), null, AgeGroup.AGE_12_17,
                Sex.FEMALE);
        assertEquals(GbvType.RAPE, rapedAndMarried.type());
        assertTrue(rapedAndMarried.earlyMarriage());
        assertTrue(rapedAndMarried.childSexualAbuse());
    }

    @Test
    void aForcedMarriageNotKnownIsNotYetAChildMarriage() {
        assertFalse(GbvClassification.classify(tri(N, N, Y, U, N, N), 15, null, Sex.FEMALE).earlyMarriage());
    }

    @Test
    void theLegalAgeOfMarriageIs18ForAWomanAnd20ForAMan() {
        assertFalse(GbvClassification.classify(tri(N, N, N, Y, N, N), 18, null, Sex.FEMALE).earlyMarriage());
        assertTrue(GbvClassification.classify(tri(N, N, N, Y, N, N), 19, null, Sex.MALE).earlyMarriage());
        assertFalse(GbvClassification.classify(tri(N, N, N, Y, N, N), 20, null, Sex.MALE).earlyMarriage());
    }

    @Test
    void unansweredQuestionsAreListedInTheirOrder() {
        GbvAnswers answers = new GbvAnswers();
        answers.setPhysicalAssault(Answer.NO);
        answers.setDenial(Answer.UNKNOWN);
        assertEquals(java.util.List.of(GbvAnswers.Question.PENETRATION, GbvAnswers.Question.SEXUAL_CONTACT,
                GbvAnswers.Question.FORCED_MARRIAGE, GbvAnswers.Question.PSYCHOLOGICAL), answers.unanswered());
        assertEquals(java.util.List.of(GbvAnswers.Question.DENIAL), answers.unknown());
        assertFalse(answers.allAnswered());
        assertTrue(answers.anyUnknown());
    }
}
