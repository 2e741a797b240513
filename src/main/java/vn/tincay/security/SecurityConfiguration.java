package vn.tincay.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/**
 * The roles of the application. Sign-in is {@link SessionAuthenticationMechanism} on the Faces page
 * /login.xhtml; pages are protected by URL in web.xml and services by {@code @RolesAllowed}; both
 * use the role names of {@link Role}.
 */
@DeclareRoles({Role.ADMIN_NAME, Role.SCHOOL_STAFF_NAME, Role.SCHOOL_FOCAL_POINT_NAME,
        Role.DISTRICT_COORDINATOR_NAME, Role.SUPPORT_SERVICE_NAME, Role.PROVINCE_VIEWER_NAME})
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {
}
