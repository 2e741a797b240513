package vn.tincay.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;

/**
 * Keeps the idle timeout about the user, not about the page. A page that refreshes something by itself in
 * the background (the coordinator's bell) would otherwise keep a forgotten session open for ever: every
 * request a user makes is recorded here, and a background request ({@link #isBackground}) only answers
 * while the user's own last request is younger than the session timeout, and shortens the session's
 * remaining life accordingly, so it ends when it would have ended without the background requests.
 */
public class UserActivityFilter extends HttpFilter {

    /** Header with which the page's own scripts mark a request the user did not make. */
    public static final String BACKGROUND_HEADER = "X-Tincay-Background";
    static final String LAST_REQUEST = "tincay.lastUserRequest";
    static final String IDLE_LIMIT = "tincay.idleLimitSeconds";

    private static final long serialVersionUID = 1L;
    private final transient Clock clock = Clock.systemUTC();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isBackground(request)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                userRequest(session, clock.millis());
            }
        }
        chain.doFilter(request, response);
        if (!isBackground(request)) {
            // A session created or replaced (at sign-in) by this request starts its idle time now.
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(LAST_REQUEST) == null) {
                userRequest(session, clock.millis());
            }
        }
    }

    public static boolean isBackground(HttpServletRequest request) {
        return request.getHeader(BACKGROUND_HEADER) != null;
    }

    static void userRequest(HttpSession session, long now) {
        Integer limit = (Integer) session.getAttribute(IDLE_LIMIT);
        if (limit == null) {
            limit = session.getMaxInactiveInterval();
            session.setAttribute(IDLE_LIMIT, limit);
        } else {
            session.setMaxInactiveInterval(limit);
        }
        session.setAttribute(LAST_REQUEST, now);
    }

    /**
     * For a background request: how many seconds the user's session has left, counted from the user's own last
     * request; the session is left to live only that long. 0 when that time is over: the session is then ended.
     */
    public static long secondsLeft(HttpServletRequest request) {
        return secondsLeft(request.getSession(false), Clock.systemUTC().millis());
    }

    static long secondsLeft(HttpSession session, long now) {
        if (session == null) {
            return 0;
        }
        if (session.getAttribute(LAST_REQUEST) == null) {
            // A session this filter has not seen yet (made before it was installed): its idle time starts now.
            userRequest(session, now);
        }
        long last = (Long) session.getAttribute(LAST_REQUEST);
        int limit = (Integer) session.getAttribute(IDLE_LIMIT);
        if (limit <= 0) {
            return Long.MAX_VALUE;
        }
        long left = limit - (now - last) / 1000;
        if (left <= 0) {
            session.invalidate();
            return 0;
        }
        session.setMaxInactiveInterval((int) left);
        return left;
    }
}
