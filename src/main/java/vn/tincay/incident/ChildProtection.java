package vn.tincay.incident;

/**
 * Rules from the Law on Children 2016 (a child is a person under 16) and from consent practice.
 */
public final class ChildProtection {

    /** Under the Law on Children 2016. */
    public static final int CHILD_AGE = 16;
    /** From this age a child's own consent is asked as well as the guardian's. */
    public static final int OWN_CONSENT_AGE = 7;

    private ChildProtection() {
    }

    /**
     * A child survivor of abuse must be reported to the authorities whatever the consent. An unknown
     * age in the 0–11 group is certainly a child; in 12–17 it may not be, so the flag for abuse of a
     * child decides.
     */
    public static boolean mustReport(GbvType type, boolean childAbuseFlag, Integer survivorAge, AgeGroup ageGroup) {
        return isChildAbuse(type != GbvType.NOT_GBV, childAbuseFlag, survivorAge, ageGroup);
    }

    /**
     * Whether the incident is abuse of a child (xâm hại trẻ em), which must be reported. Derived, so
     * that the flag can never contradict the age: the reporter's statement "abuse of a child" counts
     * only when the age is not known; a known age decides by itself.
     *
     * @param abuse             a GBV type, a question still answered "not known", or the reporter's statement
     * @param reportedAsChild   the reporter said this is abuse of a child
     */
    public static boolean isChildAbuse(boolean abuse, boolean reportedAsChild, Integer survivorAge,
                                       AgeGroup ageGroup) {
        if (!(abuse || reportedAsChild)) {
            return false;
        }
        if (survivorAge != null) {
            return survivorAge < CHILD_AGE;
        }
        return ageGroup == AgeGroup.AGE_0_11 || reportedAsChild;
    }

    /** Who must give consent for a survivor of this age; null when the age is unknown (any giver is accepted). */
    public static ConsentGiver requiredConsentGiver(Integer survivorAge) {
        if (survivorAge == null) {
            return null;
        }
        if (survivorAge < OWN_CONSENT_AGE) {
            return ConsentGiver.GUARDIAN;
        }
        if (survivorAge < GbvClassification.ADULT_AGE) {
            return ConsentGiver.BOTH;
        }
        return ConsentGiver.SURVIVOR;
    }
}
