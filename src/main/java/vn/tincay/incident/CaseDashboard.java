package vn.tincay.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.tincay.platform.LocalTime;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;

/**
 * What needs action, for the home pages: counts and a short list of case codes per kind of need,
 * within the caller's record scope (the reporter's own reports, the focal point's school, the
 * coordinator's district). Counted in the database; nothing identifying is read.
 */
@Stateless
@RolesAllowed({Role.SCHOOL_STAFF_NAME, Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class CaseDashboard {

    /** How many case codes each need lists. */
    public static final int SHORT_LIST = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    private final Clock clock = Clock.systemUTC();

    /** Every kind of need, in the order of {@link ActionNeeded}, including those with a count of zero. */
    public List<ActionSummary> needsAction() {
        Caller caller = callers.get();
        CaseScope scope = CaseScope.of(caller, "i");
        List<ActionSummary> summaries = new ArrayList<>();
        if (scope.isEmpty()) {
            return summaries;
        }
        for (ActionNeeded need : ActionNeeded.values()) {
            String where = " WHERE " + scope.condition() + " AND " + need.condition();
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM Incident i" + where, Long.class);
            TypedQuery<CaseLink> cases = em.createQuery("SELECT NEW vn.tincay.incident.CaseLink(i.id, i.caseCode) "
                    + "FROM Incident i" + where + " ORDER BY i.reportedDate DESC, i.id DESC", CaseLink.class);
            bind(count, scope, need);
            bind(cases, scope, need);
            long total = count.getSingleResult();
            List<CaseLink> recent = total == 0 ? List.of() : cases.setMaxResults(SHORT_LIST).getResultList();
            summaries.add(new ActionSummary(need, total, recent));
        }
        return summaries;
    }

    /**
     * How many cases need some action, each counted once however many needs it has: the number on the
     * coordinator's bell.
     */
    public long countNeedingAction() {
        CaseScope scope = CaseScope.of(callers.get(), "i");
        if (scope.isEmpty()) {
            return 0;
        }
        StringBuilder anyNeed = new StringBuilder();
        for (ActionNeeded need : ActionNeeded.values()) {
            anyNeed.append(anyNeed.length() == 0 ? "(" : " OR ").append('(').append(need.condition()).append(')');
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM Incident i WHERE " + scope.condition()
                + " AND " + anyNeed.append(')'), Long.class);
        count.setParameter(CaseScope.PARAMETER, scope.value());
        if (Arrays.stream(ActionNeeded.values()).anyMatch(ActionNeeded::usesToday)) {
            count.setParameter("today", LocalTime.today(clock));
        }
        return count.getSingleResult();
    }

    private void bind(TypedQuery<?> query, CaseScope scope, ActionNeeded need) {
        query.setParameter(CaseScope.PARAMETER, scope.value());
        if (need.usesToday()) {
            query.setParameter("today", LocalTime.today(clock));
        }
    }
}
