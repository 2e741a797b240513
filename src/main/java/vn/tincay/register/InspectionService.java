package vn.tincay.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import vn.tincay.audit.AuditAction;
import vn.tincay.incident.ResultPage;
import vn.tincay.organisation.School;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.Caller;
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

    @Inject
    private RegisterAudit audit;

    private final Clock clock = Clock.systemUTC();

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

    public InspectionDraft find(long id) {
        return InspectionDraft.of(access.requireReadable(em.find(InspectionPlanItem.class, id)));
    }

    /** Plans a new inspection or changes one, with its result if one was typed. @return its id */
    public long save(@Valid @NotNull InspectionDraft draft) {
        long districtId = access.requireCoordinator();
        Caller caller = access.caller();
        Instant now = clock.instant();
        School school = access.schoolOf(draft.getSchoolId(), districtId);
        InspectionPlanItem item;
        boolean created = draft.getId() == null;
        if (created) {
            item = new InspectionPlanItem(access.district(districtId), school, caller.username(), now);
        } else {
            item = ofDistrict(draft.getId(), districtId);
            Stale.check(item.getVersion(), draft.getVersion());
            if (!item.getSchool().getId().equals(school.getId())) {
                // The inspected school is part of the row's identity: plan a new one instead.
                throw new UserFacingException("register.error.schoolFixed");
            }
        }
        item.plan(draft.getPlannedOn(), draft.getContent().strip(), caller.username(), now);
        if (draft.hasResult()) {
            item.recordResult(draft.getDoneOn(), Text.trimToNull(draft.getFindings()),
                    Text.trimToNull(draft.getRecommendations()), LocalTime.today(clock), caller.username(), now);
        }
        if (created) {
            em.persist(item);
        }
        em.flush();
        audit.record(caller, created ? AuditAction.REGISTER_ENTRY_CREATED : AuditAction.REGISTER_ENTRY_UPDATED, item);
        return item.getId();
    }

    public void delete(long id, int expectedVersion) {
        long districtId = access.requireCoordinator();
        InspectionPlanItem item = ofDistrict(id, districtId);
        Stale.check(item.getVersion(), expectedVersion);
        audit.record(access.caller(), AuditAction.REGISTER_ENTRY_DELETED, item);
        em.remove(item);
    }

    private InspectionPlanItem ofDistrict(long id, long districtId) {
        InspectionPlanItem item = em.find(InspectionPlanItem.class, id);
        if (item == null || !item.getDistrict().getId().equals(districtId)) {
            throw new RecordNotFoundException();
        }
        return item;
    }
}
