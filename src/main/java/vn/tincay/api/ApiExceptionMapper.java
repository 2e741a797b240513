package vn.tincay.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception of an API call becomes a JSON answer ({@link ApiErrorMapping}). An unexpected one
 * is logged with a reference – its type and stack frames only, since messages may quote data – and
 * answered with a bare 500 that shows nothing of it.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        return answer(thrown, headers, security);
    }

    static Response answer(Throwable thrown, HttpHeaders headers, SecurityContext security) {
        Locale locale = ApiMessages.locale(headers == null ? null : headers.getAcceptableLanguages());
        boolean signedIn = security != null && security.getUserPrincipal() != null;
        ApiFailure failure = ApiErrorMapping.classify(thrown, signedIn, locale);
        if (failure.retryAfterSeconds() != null) {
            LOG.log(Level.WARNING, "API call answered 503 ({0}): {1}", new Object[] {failure.key(), typesOf(thrown)});
            return Response.status(failure.status())
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .header("Retry-After", failure.retryAfterSeconds())
                    .entity(failure.body(locale))
                    .build();
        }
        if (failure.status() >= 500) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "API call failed, reference {0}: {1}",
                    new Object[] {reference, withoutMessages(thrown)});
        }
        return Response.status(failure.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(failure.body(locale))
                .build();
    }

    /** The exception's types, outermost first, without messages or stack frames: one line for the log. */
    static String typesOf(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable t : ApiErrorMapping.chain(thrown)) {
            text.append(text.isEmpty() ? "" : " <- ").append(t.getClass().getSimpleName());
        }
        return text.toString();
    }

    /** The exception's types and the stack frames of its root cause, without any message. */
    static String withoutMessages(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        Throwable root = thrown;
        for (Throwable t : ApiErrorMapping.chain(thrown)) {
            text.append(text.isEmpty() ? "" : " <- ").append(t.getClass().getName());
            root = t;
        }
        StackTraceElement[] frames = root.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 25); i++) {
            text.append("\n\tat ").append(frames[i]);
        }
        return text.toString();
    }
}
