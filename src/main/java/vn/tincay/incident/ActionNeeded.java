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
    /** A coordination next step not done by its due date: found from the open overdue steps. */
    OVERDUE_NEXT_STEPS("i.id IN (SELECT c.incident_id FROM coordination_entry c WHERE c.next_step_done = 0 "
            + "AND c.next_step_due < ?)"),
    /** A referral the service organisation has not answered yet: found from the waiting referrals. */
    REFERRALS_WAITING("i.id IN (SELECT r.incident_id FROM referral r WHERE r.status = 'SENT')"),
    /** Must be reported to the authorities (Law on Children 2016) and not closed yet. */
    MUST_REPORT_OPEN("i.must_report = 1 AND i.status IN ('REPORTED', 'VERIFYING', 'IN_PROGRESS')");

    private final String condition;

    ActionNeeded(String condition) {
        this.condition = condition;
    }

    String condition() {
        return condition;
    }

    boolean usesToday() {
        return condition.contains("?");
    }

    /**
     * For a district coordinator, the overdue next steps are read from the open steps in order of their
     * due date, each joined to its case by primary key, instead of gathering every overdue step of every
     * district and sorting their cases by report date: the district's count stops at its limit, and its
     * short list (the steps that fell overdue last first) at its first few steps. A school's or a
     * reporter's few cases are still picked by their own index and probed for an overdue step.
     */
    boolean walksOverdueSteps(String scopeColumn) {
        return this == OVERDUE_NEXT_STEPS && "i.district_id".equals(scopeColumn);
    }

    /** The overdue steps of the district's cases: {@code ?} today, district. */
    static final String OVERDUE_STEPS_OF_DISTRICT = " FROM coordination_entry c JOIN incident i ON i.id = c.incident_id"
            + " WHERE c.next_step_done = 0 AND c.next_step_due < ? AND i.district_id = ?";

    /** The district's cases with an overdue step, each once, at most {@code limit}: {@code ?} today, district. */
    static String overdueCasesOfDistrict(int limit) {
        return "SELECT DISTINCT c.incident_id AS id" + OVERDUE_STEPS_OF_DISTRICT + " LIMIT " + limit;
    }
}
