package vn.tincay.notification.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tincay.platform.web.UserActivityFilter;

/**
 * The bell's numbers as JSON ({@code {"needsAction":6,"needsActionMore":false,"unread":2,"sessionSeconds":840}};
 * needsActionMore: counting stopped at needsAction, the bell shows "999+"), for the header script that refreshes the
 * bell without a reload. Coordinators only (web.xml guards /district/*). The script marks its requests as
 * background ones, which do not keep an idle session alive: once the user's own last request is older than
 * the session timeout, the session ends and the answer is 401.
 */
@WebServlet(BellServlet.PATH)
public class BellServlet extends HttpServlet {

    public static final String PATH = "/district/bell";
    private static final long serialVersionUID = 1L;

    @Inject
    private transient NotificationBellBacking bell;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long secondsLeft = UserActivityFilter.isBackground(request) ? UserActivityFilter.secondsLeft(request) : -1;
        if (secondsLeft == 0) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (!bell.isShown()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JsonObjectBuilder numbers = Json.createObjectBuilder()
                .add("needsAction", bell.getNeedsAction())
                .add("needsActionMore", bell.isNeedsActionMore())
                .add("unread", bell.getUnread());
        if (secondsLeft > 0 && secondsLeft < Integer.MAX_VALUE) {
            // How long the session lasts without the user: background requests do not lengthen it.
            numbers.add("sessionSeconds", secondsLeft);
        }
        response.getWriter().write(numbers.build().toString());
    }
}
