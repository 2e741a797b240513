package vn.tincay.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import vn.tincay.followup.AttachmentTypeCheck;

/**
 * Refuses a request body over its limit with 413 before anything reads it: API bodies (JSON) over
 * {@link #API_BODY_LIMIT}, uploads over the multipart limit of web.xml. A body sent without a length
 * (chunked) is counted as it is read and stops at the limit, so nothing ever reads a huge body in full.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestSizeLimits extends HttpFilter {

    /** Far above any JSON the API takes (a report with a long narrative is a few KB). */
    public static final long API_BODY_LIMIT = 256 * 1024;
    /** web.xml's multipart max-request-size: an attachment of at most 10 MB and the form around it. */
    public static final long UPLOAD_LIMIT = AttachmentTypeCheck.MAX_BYTES + 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitFor(request);
        if (limit <= 0) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            // The rest of the body is not read: close the connection after the answer.
            response.setHeader("Connection", "close");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            } else {
                tooLargePage(request, response);
            }
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    /**
     * The 413 page, written here rather than through the Faces error page: rendering a Faces page for
     * this request would make the container parse the oversized multipart body it refused (Weld reads
     * a request parameter of the original request while rendering any form).
     */
    private static void tooLargePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Locale.forLanguageTag("vi");
        if (request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
                if (PreferredLocaleViewHandler.COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    locale = Locale.ENGLISH;
                }
            }
        }
        java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle(BundleMessageResolver.BUNDLE, locale);
        String home = request.getContextPath() + "/home.xhtml";
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + escape(texts.getString("error.413.title")) + "</title></head><body><main><h1>"
                + escape(texts.getString("error.413.title")) + "</h1><p id=\"errorText\">"
                + escape(texts.getString("error.413.text")) + "</p><p><a href=\"" + home + "\">"
                + escape(texts.getString("error.backHome")) + "</a></p></main></body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static long limitFor(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return 0;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (path.startsWith("/api/")) {
            return API_BODY_LIMIT;
        }
        return type.startsWith("multipart/") ? UPLOAD_LIMIT : 0;
    }

    /** Thrown when a body without a declared length grows past its limit; answered 413. */
    public static class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("request body over its limit");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
