package vn.tincay.api;

import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;

/**
 * Errors the container raises itself for an API address (a method refused by a web.xml constraint,
 * an unknown path, a failure before the API code runs) would show the HTML error pages. This answers
 * them in the API's JSON instead.
 */
@WebFilter(urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class ApiErrorPageFilter extends HttpFilter {

    public static final String API_PREFIX = "/api/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String original) || !original.startsWith(request.getContextPath() + API_PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 500;
        // Without Accept-Language the container would offer its own default locale: use Vietnamese.
        Locale locale = request.getHeader("Accept-Language") == null ? ApiMessages.VIETNAMESE
                : ApiMessages.locale(Collections.list(request.getLocales()));
        String key = ApiErrorMapping.keyForStatus(status);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("error", key)
                .add("message", ApiMessages.text(key, locale))
                .build().toString());
    }
}
