package vn.tincay.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.tincay.platform.LocalTime;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;

/**
 * What needs action, for the home pages: counts and a short list of case codes per kind of need (the
 * newest reported first; for overdue next steps, those that fell overdue last first), within the
 * caller's record scope (the reporter's own reports, the focal point's school, the coordinator's
 * district). One statement for every kind of need together, each part read through an index of its
 * own; nothing identifying is read.
 */
@Stateless
@RolesAllowed({Role.SCHOOL_STAFF_NAME, Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class CaseDashboard {

    /** How many case codes each need lists. */
    public static final int SHORT_LIST = 5;

    /**
     * Counting stops here: a box says "999+" rather than walk tens of thousands of open cases on every
     * visit to the home page.
     */
    public static final int COUNT_LIMIT = 999;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    private final Clock clock = Clock.systemUTC();

    /** Every kind of need, in the order of {@link ActionNeeded}, including those with a count of zero. */
    public List<ActionSummary> needsAction() {
        Caller caller = callers.get();
        String scope = CaseScope.column(caller);
        Long scopeValue = CaseScope.of(caller, "i").value();
        List<ActionSummary> summaries = new ArrayList<>();
        if (scope == null || scopeValue == null) {
            return summaries;
        }
        ActionNeeded[] needs = ActionNeeded.values();
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        Date today = Date.valueOf(LocalTime.today(clock));
        for (ActionNeeded need : needs) {
            String where = " FROM incident i WHERE " + scope + " = ? AND " + need.condition();
            for (int part = 0; part < 2; part++) {
                sql.append(sql.length() == 0 ? "" : " UNION ALL ");
                sql.append(part == 0
                        ? "(SELECT " + need.ordinal() + " AS need, COUNT(*) AS cases, NULL AS id, NULL AS code, "
                        + "NULL AS reported FROM (SELECT i.id" + where + " LIMIT " + (COUNT_LIMIT + 1) + ") counted)"
                        : "(SELECT " + need.ordinal() + ", NULL, i.id, i.case_code, i.reported_date" + where
                        + " ORDER BY " + need.order() + " LIMIT " + SHORT_LIST + ")");
                parameters.add(scopeValue);
                if (need.usesToday()) {
                    parameters.add(today);
                }
            }
        }
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        long[] counts = new long[needs.length];
        List<List<CaseLink>> links = new ArrayList<>();
        for (int i = 0; i < needs.length; i++) {
            links.add(new ArrayList<>());
        }
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            int need = ((Number) row[0]).intValue();
            if (row[1] != null) {
                counts[need] = ((Number) row[1]).longValue();
            } else {
                links.get(need).add(new CaseLink(((Number) row[2]).longValue(), (String) row[3]));
            }
        }
        for (ActionNeeded need : needs) {
            summaries.add(new ActionSummary(need, CaseCount.upTo(counts[need.ordinal()], COUNT_LIMIT),
                    List.copyOf(links.get(need.ordinal()))));
        }
        return summaries;
    }

    /**
     * How many cases need some action, each counted once however many needs it has: the number on the
     * coordinator's bell. One statement: the union of each need's cases, each read through its own
     * index and stopped past {@link #COUNT_LIMIT}: exact up to it, as no need reached its stop, and past
     * it only "999+".
     */
    public CaseCount countNeedingAction() {
        Caller caller = callers.get();
        String scope = CaseScope.column(caller);
        Long scopeValue = CaseScope.of(caller, "i").value();
        if (scope == null || scopeValue == null) {
            return new CaseCount(0, true);
        }
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM (");
        List<Object> parameters = new ArrayList<>();
        Date today = Date.valueOf(LocalTime.today(clock));
        for (ActionNeeded need : ActionNeeded.values()) {
            sql.append(need.ordinal() == 0 ? "" : " UNION ");
            sql.append("(SELECT i.id FROM incident i WHERE ").append(scope)
                    .append(" = ? AND ").append(need.condition()).append(" LIMIT ").append(COUNT_LIMIT + 1).append(')');
            parameters.add(scopeValue);
            if (need.usesToday()) {
                parameters.add(today);
            }
        }
        Query query = em.createNativeQuery(sql.append(") needing").toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return CaseCount.upTo(((Number) query.getSingleResult()).longValue(), COUNT_LIMIT);
    }
}
