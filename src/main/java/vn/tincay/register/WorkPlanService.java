package vn.tincay.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import vn.tincay.incident.ResultPage;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.Role;

/** Work plans and their budget, in the register; same access rule as {@link ActivityService}. */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class WorkPlanService {

    private static final Map<String, String> SORTABLE = Map.of("year", "p.year", "issuedOn", "p.issuedOn",
            "number", "p.number", "title", "p.title", "planned", "p.plannedTotal", "spent", "p.spentTotal",
            "mobilised", "p.mobilisedTotal", "unitName", "s.name");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    /** A page of the scope's plans, of one year if given; newest year first. */
    public ResultPage<WorkPlanLine> list(@NotNull RegisterScope scope, Integer year, int first, int max,
                                         String sortField, boolean ascending) {
        access.requireReadable(scope);
        return new Listing<WorkPlanLine>(scope, "p")
                .and(year, "p.year = :year", "year")
                .page(em, "SELECT NEW vn.tincay.register.WorkPlanLine(p.id, s.id, COALESCE(s.name, d.officeName), "
                                + "p.year, p.number, p.issuedOn, p.title, p.plannedTotal, p.spentTotal, "
                                + "p.mobilisedTotal, p.version)",
                        " FROM WorkPlan p JOIN p.district d LEFT JOIN p.school s", " FROM WorkPlan p",
                        SORTABLE, sortField, ascending, "p.year DESC, p.issuedOn DESC", "p.id DESC",
                        WorkPlanLine.class, first, max);
    }

    /**
     * The plans of the scope issued in the range (by the plan's date, so a report claims no plan of
     * another period) and their money as recorded: planned, spent and mobilised, summed in the database.
     */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME, Role.PROVINCE_VIEWER_NAME})
    public WorkPlanTotals totals(@NotNull RegisterScope scope, @NotNull LocalDate from, @NotNull LocalDate to) {
        if (from.isAfter(to)) {
            throw new UserFacingException("period.error.rangeBackwards");
        }
        access.requireReadable(scope);
        Object[] row = (Object[]) scope.bind(em.createQuery("SELECT COUNT(p), SUM(p.plannedTotal), SUM(p.spentTotal), "
                        + "SUM(p.mobilisedTotal) FROM WorkPlan p WHERE " + scope.condition("p")
                        + " AND p.issuedOn BETWEEN :from AND :to"))
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return new WorkPlanTotals(n(row[0]), n(row[1]), n(row[2]), n(row[3]));
    }

    private static long n(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }
}
