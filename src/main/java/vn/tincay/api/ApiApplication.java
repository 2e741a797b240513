package vn.tincay.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API. It calls the same services as the pages, with the same role and record-scope
 * rules, and uses the same signed-in session: sign in at /login.xhtml and send its session cookie.
 * Errors are JSON ({@code {"error": key, "message": text}}), never the HTML error pages.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Tin Cậy API", version = "1",
                description = "Incidents, coordination entries and referrals of Tin Cậy. Every call needs the "
                        + "session of a signed-in user (sign in at /login.xhtml) and sees only what that user "
                        + "may see: a record outside the caller's scope answers 404. Survivor identity is only "
                        + "returned by GET /incidents/{id}/identity, and every such call is audited. Error "
                        + "messages follow Accept-Language (vi by default, en)."),
        security = @SecurityRequirement(name = ApiApplication.SESSION_COOKIE))
@SecurityScheme(securitySchemeName = ApiApplication.SESSION_COOKIE, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.COOKIE, apiKeyName = "JSESSIONID",
        description = "The session cookie set when signing in at /login.xhtml (form loginForm).")
public class ApiApplication extends Application {

    public static final String SESSION_COOKIE = "sessionCookie";
}
