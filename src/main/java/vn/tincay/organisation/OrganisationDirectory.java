package vn.tincay.organisation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;

/**
 * Read-only views of the organisations a signed-in person works in, for their home pages. Each
 * method answers only about the caller's own organisation.
 */
@Stateless
public class OrganisationDirectory {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private CallerContext callers;

    @RolesAllowed({Role.SCHOOL_STAFF_NAME, Role.SCHOOL_FOCAL_POINT_NAME})
    public School schoolOfCaller() {
        return em.createQuery("SELECT s FROM UserAccount a JOIN a.school s JOIN FETCH s.district "
                        + "WHERE a.username = :u", School.class)
                .setParameter("u", callerName())
                .getResultStream().findFirst()
                .orElseThrow(() -> new UserFacingException("error.notSignedIn"));
    }

    @RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
    public District districtOfCaller() {
        return em.createQuery("SELECT d FROM UserAccount a JOIN a.district d JOIN FETCH d.province "
                        + "WHERE a.username = :u", District.class)
                .setParameter("u", callerName())
                .getResultStream().findFirst()
                .orElseThrow(() -> new UserFacingException("error.notSignedIn"));
    }

    @RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
    public List<School> schoolsOfCallerDistrict() {
        return em.createQuery("SELECT s FROM School s WHERE s.district.id = :d ORDER BY s.level, s.name", School.class)
                .setParameter("d", callers.get().districtId())
                .getResultList();
    }

    @RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
    public List<ServiceOrganisation> servicesOfCallerDistrict() {
        return em.createQuery("SELECT o FROM ServiceOrganisation o WHERE o.district.id = :d AND o.active = TRUE "
                        + "ORDER BY o.kind, o.name", ServiceOrganisation.class)
                .setParameter("d", callers.get().districtId())
                .getResultList();
    }

    @RolesAllowed(Role.SUPPORT_SERVICE_NAME)
    public ServiceOrganisation serviceOrganisationOfCaller() {
        return em.createQuery("SELECT o FROM UserAccount a JOIN a.serviceOrganisation o JOIN FETCH o.district "
                        + "WHERE a.username = :u", ServiceOrganisation.class)
                .setParameter("u", callerName())
                .getResultStream().findFirst()
                .orElseThrow(() -> new UserFacingException("error.notSignedIn"));
    }

    @RolesAllowed(Role.PROVINCE_VIEWER_NAME)
    public Province provinceOfCaller() {
        return em.createQuery("SELECT p FROM UserAccount a JOIN a.province p WHERE a.username = :u", Province.class)
                .setParameter("u", callerName())
                .getResultStream().findFirst()
                .orElseThrow(() -> new UserFacingException("error.notSignedIn"));
    }

    /** The districts of the caller's province with how many active schools each has. */
    @RolesAllowed(Role.PROVINCE_VIEWER_NAME)
    public List<DistrictSummary> districtsOfCallerProvince() {
        return em.createQuery("SELECT NEW vn.tincay.organisation.DistrictSummary(d.id, d.code, d.officeName, COUNT(s)) "
                        + "FROM District d LEFT JOIN School s ON s.district = d AND s.active = TRUE "
                        + "WHERE d.province = :p GROUP BY d.id, d.code, d.officeName, d.name ORDER BY d.name",
                        DistrictSummary.class)
                .setParameter("p", provinceOfCaller())
                .getResultList();
    }

    private String callerName() {
        return session.getCallerPrincipal().getName();
    }
}
