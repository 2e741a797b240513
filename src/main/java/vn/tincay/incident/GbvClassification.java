package vn.tincay.incident;

import vn.tincay.incident.GbvAnswers.Question;

/**
 * The GBVIMS classification rule: the questions are asked in priority order and the first "yes"
 * decides the one core type. With no "yes" the incident is not GBV. Context that the type alone
 * does not say comes from the answers themselves and the survivor's age and sex, so that a lower
 * question answered "yes" is never lost behind the winning type (a forced marriage of a girl of 15
 * who was also beaten is still a child marriage).
 *
 * @param provisional a question answered "not known" could still change the type: one before the
 *                    winning question, or any when no question is answered "yes"
 */
public record GbvClassification(GbvType type, boolean childSexualAbuse, boolean earlyMarriage, boolean provisional) {

    /** Under 18 a survivor is a child for GBVIMS. */
    public static final int ADULT_AGE = 18;
    /** The legal age of marriage (Law on Marriage and Family 2014): 18 for a woman, 20 for a man. */
    public static final int MARRIAGE_AGE_WOMAN = 18;
    public static final int MARRIAGE_AGE_MAN = 20;

    /** The type the "yes" answers lead to; "not known" and unanswered questions count as no "yes". */
    public static GbvType typeOf(GbvAnswers answers) {
        for (Question question : Question.values()) {
            if (answers.isYes(question)) {
                return question.type();
            }
        }
        return GbvType.NOT_GBV;
    }

    /** Whether an answer "not known" could still change the type the other answers lead to. */
    public static boolean isProvisional(GbvAnswers answers) {
        for (Question question : Question.values()) {
            Answer answer = answers.answer(question);
            if (answer == Answer.YES) {
                return false;
            }
            if (answer == Answer.UNKNOWN) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #classify(GbvAnswers, Integer, AgeGroup, Sex)} for a survivor of unknown sex. */
    public static GbvClassification classify(GbvAnswers answers, Integer survivorAge, AgeGroup ageGroup) {
        return classify(answers, survivorAge, ageGroup, null);
    }

    /**
     * @param survivorAge age at the incident, or null when unknown
     * @param ageGroup    used when the exact age is unknown
     * @param sex         decides the legal age of marriage; unknown counts as a woman's (the lower age)
     */
    public static GbvClassification classify(GbvAnswers answers, Integer survivorAge, AgeGroup ageGroup, Sex sex) {
        GbvType type = typeOf(answers);
        boolean child = survivorAge != null ? survivorAge < ADULT_AGE : ageGroup != null && ageGroup.isChild();
        boolean sexual = answers.isYes(Question.PENETRATION) || answers.isYes(Question.SEXUAL_CONTACT);
        int marriageAge = sex == Sex.MALE ? MARRIAGE_AGE_MAN : MARRIAGE_AGE_WOMAN;
        boolean underMarriageAge = survivorAge != null ? survivorAge < marriageAge : child;
        boolean earlyMarriage = answers.isYes(Question.FORCED_MARRIAGE) && underMarriageAge;
        return new GbvClassification(type, child && sexual, earlyMarriage, isProvisional(answers));
    }
}
