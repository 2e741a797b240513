package vn.tincay.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.security.Role;

/**
 * The server's metrics (/metrics, served inside this application's root context) tell an outsider
 * how busy the system is and how it is built: only the signed-in administrator, or a scraper that
 * presents the configured token ({@code TINCAY_METRICS_TOKEN}) as a Bearer token, may read them.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsAccessFilter extends HttpFilter {

    static final String TOKEN_KEY = "tincay.metrics.token";

    @Inject
    @ConfigProperty(name = TOKEN_KEY)
    Optional<String> token;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (hasToken(request.getHeader("Authorization")) || request.isUserInRole(Role.ADMIN_NAME)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getUserPrincipal() == null) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    boolean hasToken(String authorization) {
        String expected = token.map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
        if (expected == null || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8));
    }
}
