package vn.tincay.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The page a signed-out visitor asked for, so that signing in continues there. Only paths inside
 * the application are kept; a POST (a form sent after the session expired) returns to the page the
 * form belongs to, with the parameters of the form's address.
 */
public final class ReturnAddress {

    static final String ATTRIBUTE = ReturnAddress.class.getName();

    private ReturnAddress() {
    }

    static void remember(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/api/")) {
            return;
        }
        // A form's address carries its page's parameters where the page needs them (the intake wizard's
        // ?draft=), so a POST keeps its query too.
        String query = request.getQueryString();
        request.getSession().setAttribute(ATTRIBUTE, query == null ? path : path + "?" + query);
    }

    /** The remembered path (relative to the application), forgotten as it is read. */
    public static Optional<String> take(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Object path = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return path instanceof String p && p.startsWith("/") && !p.startsWith("//") ? Optional.of(p) : Optional.empty();
    }
}
