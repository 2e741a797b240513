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
}
