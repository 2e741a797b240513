package vn.tincay.incident;

import vn.tincay.security.Caller;

/**
 * Which incidents a caller may see – and, since the same people need to know, whose survivor
 * identity: the reporter their own reports, the school focal point their school's, the district
 * coordinator their district's. Nobody else. Used as a JPQL condition so lists are filtered in the
 * database and a single lookup by id answers "not found" outside the scope.
 */
public record CaseScope(String condition, Long value) {

    public static final String PARAMETER = "scopeId";

    /** @param alias the incident's alias in the query */
    public static CaseScope of(Caller caller, String alias) {
        return switch (caller.role()) {
            case SCHOOL_STAFF -> new CaseScope(alias + ".reportedBy.id = :" + PARAMETER, caller.accountId());
            case SCHOOL_FOCAL_POINT -> new CaseScope(alias + ".school.id = :" + PARAMETER, caller.schoolId());
            case DISTRICT_COORDINATOR -> new CaseScope(alias + ".district.id = :" + PARAMETER, caller.districtId());
            default -> new CaseScope("1 = 0", null);
        };
    }

    /** The same scope for native SQL: the incident column (alias {@code i}) compared with {@link #value()}. */
    public static String column(Caller caller) {
        return switch (caller.role()) {
            case SCHOOL_STAFF -> "i.reported_by_id";
            case SCHOOL_FOCAL_POINT -> "i.school_id";
            case DISTRICT_COORDINATOR -> "i.district_id";
            default -> null;
        };
    }

    public boolean isEmpty() {
        return value == null;
    }

    /** Whether the caller may do follow-up work on cases in scope (not the reporting staff member). */
    public static boolean mayFollowUp(Caller caller) {
        return caller.role() == vn.tincay.security.Role.SCHOOL_FOCAL_POINT
                || caller.role() == vn.tincay.security.Role.DISTRICT_COORDINATOR;
    }
}
