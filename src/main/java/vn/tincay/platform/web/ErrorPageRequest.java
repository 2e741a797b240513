package vn.tincay.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Logger;
import vn.tincay.platform.DatabaseUnavailableException;
import vn.tincay.security.SignedInCaller;

/**
 * An error page is a page of its own, not the answer to the form whose sending failed: it is shown as
 * a GET without the failed request's parameters. Otherwise Faces takes it for a postback of that
 * form, finds no CSP nonce for it, and fails while rendering the error page (a second error instead
 * of the page). The page for an unreachable database answers 503 with a Retry-After.
 */
@WebFilter(urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageRequest extends HttpFilter {

    static final int RETRY_AFTER_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(ErrorPageRequest.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status instanceof Integer code && (code == 403 || code == 404)) {
            // A refusal is one line: who asked for what (an insider probing ids shows up without noise).
            String who = SignedInCaller.of(request.getSession(false)).map(SignedInCaller::name).orElse("-");
            LOG.info(() -> "Page refused " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + " for "
                    + who + ": " + code);
        }
        if (causedBy(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION), DatabaseUnavailableException.class)) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        }
        chain.doFilter(new FreshGet(request), response);
    }

    private static boolean causedBy(Object thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown instanceof Throwable e ? e : null; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static final class FreshGet extends HttpServletRequestWrapper {

        FreshGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.emptyMap();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public java.util.Collection<jakarta.servlet.http.Part> getParts() {
            return java.util.List.of();
        }

        @Override
        public jakarta.servlet.http.Part getPart(String name) {
            return null;
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public String getHeader(String name) {
            return "Faces-Request".equalsIgnoreCase(name) || "Content-Type".equalsIgnoreCase(name)
                    || "Content-Length".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }
    }
}
