package vn.tincay.incident;

/**
 * What a case may need someone to act on, as the home pages count it. Each is a JPQL condition on
 * the incident alias {@code i}; {@code :today} is Vietnam's today.
 */
public enum ActionNeeded {
    /** Reported and not yet taken up for verification. */
    NEW_UNVERIFIED("i.status = vn.tincay.incident.IncidentStatus.REPORTED"),
    /** Immediate danger, still open. */
    URGENT_OPEN("i.urgent = TRUE AND i.status <> vn.tincay.incident.IncidentStatus.CLOSED"),
    /** A coordination next step not done by its due date. */
    OVERDUE_NEXT_STEPS("EXISTS (SELECT c FROM CoordinationEntry c WHERE c.incident = i "
            + "AND c.nextStepDone = FALSE AND c.nextStepDue < :today)"),
    /** A referral the service organisation has not answered yet. */
    REFERRALS_WAITING("EXISTS (SELECT r FROM Referral r WHERE r.incident = i "
            + "AND r.status = vn.tincay.followup.ReferralStatus.SENT)"),
    /** Must be reported to the authorities (Law on Children 2016) and not closed yet. */
    MUST_REPORT_OPEN("i.mustReport = TRUE AND i.status <> vn.tincay.incident.IncidentStatus.CLOSED");

    private final String condition;

    ActionNeeded(String condition) {
        this.condition = condition;
    }

    String condition() {
        return condition;
    }

    boolean usesToday() {
        return condition.contains(":today");
    }
}
