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

/** Lists of the schools' self-inspections: a focal point's own school, the coordinator's district. */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class SelfInspectionService {

    private static final Map<String, String> SORTABLE = Map.of("doneOn", "x.doneOn", "schoolName", "s.name");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    /** A page of the self-inspections of the scope, optionally of one year, latest first. */
    public ResultPage<SelfInspectionLine> list(@NotNull RegisterScope scope, Integer year, int first, int max,
                                               String sortField, boolean ascending) {
        access.requireReadable(scope);
        return new Listing<SelfInspectionLine>(scope, "x")
                .and(year == null ? null : java.time.LocalDate.of(year, 1, 1), "x.doneOn >= :yearStart", "yearStart")
                .and(year == null ? null : java.time.LocalDate.of(year, 12, 31), "x.doneOn <= :yearEnd", "yearEnd")
                .page(em, "SELECT NEW vn.tincay.register.SelfInspectionLine(x.id, s.id, s.name, x.doneOn, x.note, "
                                + "x.version)", " FROM SelfInspection x JOIN x.school s", " FROM SelfInspection x",
                        SORTABLE, sortField, ascending, "x.doneOn DESC", "x.id DESC", SelfInspectionLine.class, first,
                        max);
    }
}
