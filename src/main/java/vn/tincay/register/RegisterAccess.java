package vn.tincay.register;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;

/**
 * Who may read and write which register. The school focal point keeps their own school's register;
 * the district coordinator keeps the district office's own register and the inspection plan, and
 * reads every register of the district; the province viewer reads district-level sums of the
 * province's districts. Anything else is "not found".
 */
@RequestScoped
public class RegisterAccess {

    @Inject
    private CallerContext callers;

    @PersistenceContext
    private EntityManager em;

    public Caller caller() {
        return callers.get();
    }

    /** The register the caller keeps: their school's, or the district office's. */
    public RegisterUnit ownUnit() {
        Caller caller = callers.get();
        if (caller.role() == Role.SCHOOL_FOCAL_POINT && caller.schoolId() != null && caller.districtId() != null) {
            return RegisterUnit.school(caller.districtId(), caller.schoolId());
        }
        if (caller.role() == Role.DISTRICT_COORDINATOR && caller.districtId() != null) {
            return RegisterUnit.districtOffice(caller.districtId());
        }
        throw new RecordNotFoundException();
    }

    /** The caller's district (focal points and coordinators). */
    public long ownDistrictId() {
        return ownUnit().districtId();
    }

    /** @throws RecordNotFoundException unless the caller may read the scope */
    public void requireReadable(RegisterScope scope) {
        if (!mayRead(callers.get(), scope)) {
            throw new RecordNotFoundException();
        }
    }

    /**
     * District-wide settings (reporting periods, target): readable by the district's focal points and
     * coordinator, and by the province viewer of its province.
     * @throws RecordNotFoundException otherwise
     */
    public void requireDistrictSettingsReadable(long districtId) {
        Caller caller = callers.get();
        boolean own = caller.is(Role.SCHOOL_FOCAL_POINT, Role.DISTRICT_COORDINATOR)
                && Objects.equals(caller.districtId(), districtId);
        if (!own && !mayRead(caller, RegisterScope.wholeDistrict(districtId))) {
            throw new RecordNotFoundException();
        }
    }

    boolean mayRead(Caller caller, RegisterScope scope) {
        return switch (caller.role()) {
            case SCHOOL_FOCAL_POINT -> scope.kind() == RegisterScope.Kind.SCHOOL
                    && Objects.equals(scope.schoolId(), caller.schoolId())
                    && Objects.equals(scope.districtId(), caller.districtId());
            case DISTRICT_COORDINATOR -> Objects.equals(scope.districtId(), caller.districtId())
                    && (scope.kind() != RegisterScope.Kind.SCHOOL || schoolInDistrict(scope.schoolId(), scope.districtId()));
            case PROVINCE_VIEWER -> scope.kind() != RegisterScope.Kind.SCHOOL && caller.provinceId() != null
                    && districtInProvince(scope.districtId(), caller.provinceId());
            default -> false;
        };
    }

    /** @throws RecordNotFoundException unless the row lies in the register the caller keeps */
    public <T extends UnitRecord> T requireOwn(T row) {
        if (row == null || !row.unit().equals(ownUnit())) {
            throw new RecordNotFoundException();
        }
        return row;
    }

    /** @throws RecordNotFoundException unless the caller may read the row's register */
    public <T extends UnitRecord> T requireReadable(T row) {
        if (row == null || !mayRead(callers.get(), RegisterScope.of(row.unit()))) {
            throw new RecordNotFoundException();
        }
        return row;
    }

    /** The district coordinator's district, for the inspection plan, periods and target. */
    public long requireCoordinator() {
        Caller caller = callers.get();
        if (caller.role() != Role.DISTRICT_COORDINATOR || caller.districtId() == null) {
            throw new RecordNotFoundException();
        }
        return caller.districtId();
    }

    public District district(long districtId) {
        District district = em.find(District.class, districtId);
        if (district == null) {
            throw new RecordNotFoundException();
        }
        return district;
    }

    /** The school of the unit, or null for the district office. */
    public School school(RegisterUnit unit) {
        return unit.isDistrictOffice() ? null : schoolOf(unit.schoolId(), unit.districtId());
    }

    /** @throws RecordNotFoundException when the school is not one of the district's */
    public School schoolOf(long schoolId, long districtId) {
        School school = em.find(School.class, schoolId);
        if (school == null || !Objects.equals(school.getDistrict().getId(), districtId)) {
            throw new RecordNotFoundException();
        }
        return school;
    }

    private boolean schoolInDistrict(Long schoolId, long districtId) {
        return schoolId != null && !em.createQuery("SELECT s.id FROM School s WHERE s.id = :s AND s.district.id = :d",
                Long.class).setParameter("s", schoolId).setParameter("d", districtId).getResultList().isEmpty();
    }

    private boolean districtInProvince(long districtId, long provinceId) {
        return !em.createQuery("SELECT d.id FROM District d WHERE d.id = :d AND d.province.id = :p", Long.class)
                .setParameter("d", districtId).setParameter("p", provinceId).getResultList().isEmpty();
    }
}
