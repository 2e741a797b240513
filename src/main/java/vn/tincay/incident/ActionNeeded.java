package vn.tincay.incident;

import java.util.List;
import java.util.Optional;

/**
 * What a case may need someone to act on, as the home pages count it. Each is an SQL condition on
 * the incident alias {@code i} with an index behind it (V50); {@code ?} in a condition is Vietnam's
 * today. Open means reported, verifying or in progress.
 */
public enum ActionNeeded {
    /** Reported and not yet taken up for verification. */
    NEW_UNVERIFIED("i.status = 'REPORTED'", "ix_incident_district_status", "ix_incident_school_status"),
    /** Immediate danger, still open. */
    URGENT_OPEN("i.urgent = 1", true, "ix_incident_urgent", "ix_incident_school_urgent"),
    /**
     * A coordination next step not done by its due date: the case's earliest open step (V63) is due
     * before today. Listed by that date, the steps that fell overdue last first.
     */
    OVERDUE_NEXT_STEPS("i.next_step_due < ?", "i.next_step_due DESC, i.reported_date DESC, i.id DESC",
            "ix_incident_district_next_step", "ix_incident_school_next_step"),
    /** A referral the service organisation has not answered yet: the flag the case keeps of it (V65). */
    REFERRALS_WAITING("i.referral_waiting = 1", "ix_incident_district_referral_waiting",
            "ix_incident_school_referral_waiting"),
    /** Must be reported to the authorities (Law on Children 2016) and not closed yet. */
    MUST_REPORT_OPEN("i.must_report = 1", true, "ix_incident_district_must_report", "ix_incident_school_must_report");

    /** The order of every need's short list unless it has its own: the newest reported first. */
    static final String NEWEST = "i.reported_date DESC, i.id DESC";

    private static final List<String> OPEN_STATUSES = IncidentStatus.openNames();

    private final String condition;
    private final boolean open;
    private final String order;
    private final String districtIndex;
    private final String schoolIndex;

    ActionNeeded(String condition, String districtIndex, String schoolIndex) {
        this(condition, false, districtIndex, schoolIndex);
    }

    ActionNeeded(String condition, boolean open, String districtIndex, String schoolIndex) {
        this(condition, open, NEWEST, districtIndex, schoolIndex);
    }

    /** @param order the short list's order, which the condition's index gives without sorting */
    ActionNeeded(String condition, String order, String districtIndex, String schoolIndex) {
        this(condition, false, order, districtIndex, schoolIndex);
    }

    ActionNeeded(String condition, boolean open, String order, String districtIndex, String schoolIndex) {
        this.condition = condition;
        this.open = open;
        this.order = order;
        this.districtIndex = districtIndex;
        this.schoolIndex = schoolIndex;
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

    /**
     * The index every part of the need is read through for a district's or a school's cases (the record scope's
     * column, {@link CaseScope#column}), empty for a reporter's own few. Named in the statements on MySQL/MariaDB
     * because weighing the others costs more than reading the part: every condition on a district is the first
     * column of some thirty indexes of {@code incident}, and MariaDB estimates each one's range before it reads
     * (0.5 ms a part at 1,000,000 cases; the home page's needs are 18 parts). Each index holds the part's
     * equalities first, then the short list's order (but for a school's urgent cases, which are few and sorted).
     */
    Optional<String> index(String scopeColumn) {
        return Optional.ofNullable(switch (scopeColumn) {
            case "i.district_id" -> districtIndex;
            case "i.school_id" -> schoolIndex;
            default -> null;
        });
    }
}
