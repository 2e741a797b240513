package vn.tincay.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.tincay.organisation.District;
import vn.tincay.security.Role;

/** Which register the caller keeps, and the schools whose registers a coordinator may read. */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class RegisterDirectory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    /** The caller's own unit, named. */
    public UnitInfo ownUnit() {
        RegisterUnit unit = access.ownUnit();
        District district = access.district(unit.districtId());
        String name = unit.isDistrictOffice() ? district.getOfficeName() : access.school(unit).getName();
        return new UnitInfo(unit, name, district.getOfficeName());
    }

    /** The district's schools (id and name, by name) for a coordinator; empty for a focal point. */
    public List<SchoolOption> schoolsOfDistrict() {
        RegisterUnit unit = access.ownUnit();
        if (!unit.isDistrictOffice()) {
            return List.of();
        }
        return em.createQuery("SELECT NEW vn.tincay.register.SchoolOption(s.id, s.name) FROM School s "
                        + "WHERE s.district.id = :d ORDER BY s.name", SchoolOption.class)
                .setParameter("d", unit.districtId()).getResultList();
    }

    /** The name of one of the district's schools, for a coordinator reading its register. */
    public String schoolName(long schoolId) {
        return access.schoolOf(schoolId, access.requireCoordinator()).getName();
    }
}
