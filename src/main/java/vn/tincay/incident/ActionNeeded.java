package vn.tincay.incident;

/**
 * What a case may need someone to act on, as the home pages count it. Each is an SQL condition on
 * the incident alias {@code i} with an index behind it (V50); {@code ?} in a condition is Vietnam's
 * today. Open means reported, verifying or in progress.
 */
public enum ActionNeeded {
    /** Reported and not yet taken up for verification. */
    NEW_UNVERIFIED("i.status = 'REPORTED'"),
    /** Immediate danger, still open. */
    URGENT_OPEN("i.urgent = 1 AND i.status IN ('REPORTED', 'VERIFYING', 'IN_PROGRESS')"),
    /**
     * A coordination next step not done by its due date: the case's earliest open step (V63) is due
     * before today. Listed by that date, the steps that fell overdue last first.
     */
    OVERDUE_NEXT_STEPS("i.next_step_due < ?", "i.next_step_due DESC, i.reported_date DESC, i.id DESC"),
    /** A referral the service organisation has not answered yet: the flag the case keeps of it (V65). */
    REFERRALS_WAITING("i.referral_waiting = 1"),
    /** Must be reported to the authorities (Law on Children 2016) and not closed yet. */
    MUST_REPORT_OPEN("i.must_report = 1 AND i.status IN ('REPORTED', 'VERIFYING', 'IN_PROGRESS')");

    private final String condition;
    private final String order;

    ActionNeeded(String condition) {
        this(condition, "i.reported_date DESC, i.id DESC");
    }

    /** @param order the short list's order, which the condition's index gives without sorting */
    ActionNeeded(String condition, String order) {
        this.condition = condition;
        this.order = order;
    }

    String condition() {
        return condition;
    }

    boolean usesToday() {
        return condition.contains("?");
    }

    /** The order of the short list: the newest reported first, unless the need has its own. */
    String order() {
        return order;
    }
}
