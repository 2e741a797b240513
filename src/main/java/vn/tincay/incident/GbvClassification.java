package vn.tincay.incident;

/**
 * The GBVIMS classification rule: the questions are asked in priority order and the first "yes"
 * decides the one core type. With no "yes" the incident is not GBV. Context that the type alone
 * does not say is derived from the survivor's age.
 */
public record GbvClassification(GbvType type, boolean childSexualAbuse, boolean earlyMarriage) {

    public static final int ADULT_AGE = 18;

    public static GbvType typeOf(GbvAnswers answers) {
        if (answers.isPenetration()) {
            return GbvType.RAPE;
        }
        if (answers.isSexualContact()) {
            return GbvType.SEXUAL_ASSAULT;
        }
        if (answers.isPhysicalAssault()) {
            return GbvType.PHYSICAL_ASSAULT;
        }
        if (answers.isForcedMarriage()) {
            return GbvType.FORCED_MARRIAGE;
        }
        if (answers.isDenial()) {
            return GbvType.DENIAL_OF_RESOURCES;
        }
        if (answers.isPsychological()) {
            return GbvType.PSYCHOLOGICAL_ABUSE;
        }
        return GbvType.NOT_GBV;
    }

    /**
     * @param survivorAge age at the incident, or null when unknown
     * @param ageGroup    used when the exact age is unknown
     */
    public static GbvClassification classify(GbvAnswers answers, Integer survivorAge, AgeGroup ageGroup) {
        GbvType type = typeOf(answers);
        boolean child = survivorAge != null ? survivorAge < ADULT_AGE : ageGroup != null && ageGroup.isChild();
        return new GbvClassification(type, child && type.isSexualViolence(), child && type == GbvType.FORCED_MARRIAGE);
    }
}
