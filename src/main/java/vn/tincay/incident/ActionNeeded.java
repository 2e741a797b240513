package vn.tincay.incident;

import java.util.List;

/**
 * What a case may need someone to act on, as the home pages count it. Each is an SQL condition on
 * the incident alias {@code i} with an index behind it (V50); {@code ?} in a condition is Vietnam's
 * today. Open means reported, verifying or in progress.
 */
public enum ActionNeeded {
    /** Reported and not yet taken up for verification. */
    NEW_UNVERIFIED("i.status = 'REPORTED'"),
    /** Immediate danger, still open. */
    URGENT_OPEN("i.urgent = 1", true),
    /**
     * A coordination next step not done by its due date: the case's earliest open step (V63) is due
     * before today. Listed by that date, the steps that fell overdue last first.
     */
    OVERDUE_NEXT_STEPS("i.next_step_due < ?", "i.next_step_due DESC, i.reported_date DESC, i.id DESC"),
    /** A referral the service organisation has not answered yet: the flag the case keeps of it (V65). */
    REFERRALS_WAITING("i.referral_waiting = 1"),
    /** Must be reported to the authorities (Law on Children 2016) and not closed yet. */
    MUST_REPORT_OPEN("i.must_report = 1", true);

    /** The order of every need's short list unless it has its own: the newest reported first. */
    static final String NEWEST = "i.reported_date DESC, i.id DESC";

    private static final List<String> OPEN_STATUSES = IncidentStatus.openNames();

    private final String condition;
    private final boolean open;
    private final String order;

    ActionNeeded(String condition) {
        this(condition, false);
    }

    ActionNeeded(String condition, boolean open) {
        this.condition = condition;
        this.open = open;
        this.order = NEWEST;
    }

    /** @param order the short list's order, which the condition's index gives without sorting */
    ActionNeeded(String condition, String order) {
        this.condition = condition;
        this.open = false;
        this.order = order;
    }

    /**
     * The need's cases as conditions whose matches together are exactly those cases, each one range of an
     * index: a need of open cases has one part per open status ({@code i.urgent = 1 AND i.status =
     * 'REPORTED'}, …). Written as one {@code status IN (…)}, MariaDB read (district, urgent, status) by its
     * first two columns – every closed urgent case of the district (115,000 at 1,000,000 cases) before the open
     * ones – as its statistics guessed that range small; an equality on every column of the index leaves it no
     * such guess.
     */
    List<String> parts() {
        return open ? OPEN_STATUSES.stream().map(status -> condition + " AND i.status = '" + status + "'").toList()
                : List.of(condition);
    }

    boolean usesToday() {
        return condition.contains("?");
    }

    /** The order of the short list: the newest reported first, unless the need has its own. */
    String order() {
        return order;
    }
}
