package vn.tincay.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in through the Faces page /login.xhtml. Pages are protected by URL in web.xml and
 * services by {@code @RolesAllowed}; both use the role names of {@link Role}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.ADMIN_NAME, Role.SCHOOL_STAFF_NAME, Role.SCHOOL_FOCAL_POINT_NAME,
        Role.DISTRICT_COORDINATOR_NAME, Role.SUPPORT_SERVICE_NAME, Role.PROVINCE_VIEWER_NAME})
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {
}
