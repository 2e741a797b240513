package vn.tincay.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import vn.tincay.incident.ResultPage;
import vn.tincay.security.Role;

/**
 * The district's inspection plan and results. Only the district coordinator plans inspections and
 * records results; a school's focal point reads the inspections of their school.
 */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class InspectionService {

    private static final Map<String, String> SORTABLE = Map.of("plannedOn", "i.plannedOn", "schoolName", "s.name",
            "doneOn", "i.doneOn");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    /**
     * A page of the plan: for a coordinator the district's (scope ALL_SCHOOLS/WHOLE_DISTRICT) or one
     * school's; for a focal point their school's. Optionally one plan year and only open or only done ones.
     */
    public ResultPage<InspectionLine> list(@NotNull RegisterScope scope, Integer planYear, Boolean done, int first,
                                           int max, String sortField, boolean ascending) {
        access.requireReadable(scope);
        RegisterScope plan = scope.kind() == RegisterScope.Kind.SCHOOL ? scope
                : RegisterScope.allSchools(scope.districtId());
        return new Listing<InspectionLine>(plan, "i")
                .and(planYear, "i.planYear = :year", "year")
                .where(Boolean.TRUE.equals(done), "i.doneOn IS NOT NULL")
                .where(Boolean.FALSE.equals(done), "i.doneOn IS NULL")
                .page(em, "SELECT NEW vn.tincay.register.InspectionLine(i.id, s.id, s.name, i.planYear, i.plannedOn, "
                                + "i.content, i.doneOn, i.findings, i.recommendations, i.version)",
                        " FROM InspectionPlanItem i JOIN i.school s", " FROM InspectionPlanItem i", SORTABLE,
                        sortField, ascending, "i.plannedOn ASC", "i.id ASC", InspectionLine.class, first, max);
    }
}
