package vn.tincay.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE) that a browser sends from another
 * site: the Origin header (or, without it, Sec-Fetch-Site) must name this application – its Host
 * or the configured base URL. Requests without either header do not come from a browser page on
 * another site, so they pass (API clients, tests).
 */
public class SameOriginFilter extends HttpFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    @ConfigProperty(name = "tincay.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (STATE_CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT))
                && !sameOrigin(request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Host"), baseUrl)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean sameOrigin(String origin, String fetchSite, String host, String baseUrl) {
        if (origin == null || origin.isBlank()) {
            return fetchSite == null || !fetchSite.equalsIgnoreCase("cross-site");
        }
        if ("null".equals(origin.trim())) {
            return false;
        }
        String authority;
        try {
            authority = URI.create(origin.trim()).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (authority == null) {
            return false;
        }
        if (host != null && authority.equalsIgnoreCase(host.trim())) {
            return true;
        }
        try {
            URI base = URI.create(baseUrl.trim());
            return origin.trim().equalsIgnoreCase(base.getScheme() + "://" + base.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
