package vn.tincay.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tincay.platform.DatabaseFailure;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;

/**
 * Which answer an exception gets. Services' refusals keep their meaning (not found, a rule the user
 * can act on, a stale edit); anything unexpected is a bare 500. Container wrappers (EJB, transaction,
 * persistence) are looked through, so a refusal means the same whichever layer wrapped it.
 */
public final class ApiErrorMapping {

    public static final String NOT_FOUND = "error.notFound";
    public static final String NOT_SIGNED_IN = "error.notSignedIn";
    public static final String FORBIDDEN = "error.403.text";
    public static final String STALE_EDIT = "error.staleEdit";
    public static final String INTERNAL = "error.500.text";
    public static final String VALIDATION = "api.error.validation";
    public static final String BAD_REQUEST = "api.error.badRequest";
    public static final String BAD_PARAMETER = "api.error.badParameter";
    public static final String DUPLICATES = "api.error.duplicates";
    public static final String BODY_TOO_LARGE = "api.error.bodyTooLarge";
    public static final String DATABASE_UNAVAILABLE = "error.database.unavailable";
    public static final String DATABASE_BUSY = "error.database.busy";

    static final int UNPROCESSABLE = 422;
    private static final String ECLIPSELINK_OPTIMISTIC_LOCK = "org.eclipse.persistence.exceptions.OptimisticLockException";

    private ApiErrorMapping() {
    }

    /**
     * @param signedIn whether the request carries a signed-in user (a refused role is then 403, else 401)
     * @param locale   language of field messages
     */
    public static ApiFailure classify(Throwable thrown, boolean signedIn, Locale locale) {
        Optional<DatabaseFailure> database = DatabaseFailure.of(thrown);
        if (database.isPresent()) {
            // Conflicts reach here only once their retries are spent: seconds, not minutes, will do.
            return database.get() == DatabaseFailure.UNAVAILABLE ? ApiFailure.unavailable(DATABASE_UNAVAILABLE, 30)
                    : ApiFailure.unavailable(DATABASE_BUSY, 2);
        }
        for (Throwable t : chain(thrown)) {
            ApiFailure failure = known(t, signedIn, locale);
            if (failure != null) {
                return failure;
            }
        }
        return new ApiFailure(500, INTERNAL);
    }

    /** The key an HTTP error status is explained with, for errors raised outside the API's own code. */
    public static String keyForStatus(int status) {
        return switch (status) {
            case 401 -> NOT_SIGNED_IN;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 409 -> STALE_EDIT;
            case 413 -> BODY_TOO_LARGE;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }

    private static ApiFailure known(Throwable t, boolean signedIn, Locale locale) {
        if (t instanceof RecordNotFoundException) {
            return new ApiFailure(404, NOT_FOUND);
        }
        if (t instanceof UserFacingException refusal) {
            String key = refusal.getMessageKey();
            int status = STALE_EDIT.equals(key) ? 409 : NOT_SIGNED_IN.equals(key) ? 401 : UNPROCESSABLE;
            return new ApiFailure(status, key, refusal.getArguments(), null);
        }
        if (t instanceof ConstraintViolationException invalid) {
            return new ApiFailure(UNPROCESSABLE, VALIDATION, new Object[0], fields(invalid.getConstraintViolations(),
                    locale));
        }
        if (t instanceof EJBAccessException || t instanceof jakarta.ejb.AccessLocalException) {
            return signedIn ? new ApiFailure(403, FORBIDDEN) : new ApiFailure(401, NOT_SIGNED_IN);
        }
        if (t instanceof jakarta.persistence.OptimisticLockException
                || ECLIPSELINK_OPTIMISTIC_LOCK.equals(t.getClass().getName())) {
            return new ApiFailure(409, STALE_EDIT);
        }
        if (t instanceof InvalidParameterException invalid) {
            return new ApiFailure(400, BAD_PARAMETER, new Object[0],
                    List.of(new ApiError.FieldError(invalid.getParameter(),
                            ApiMessages.text(BAD_PARAMETER, locale))));
        }
        if (t instanceof StrictJson.Violation violation) {
            return new ApiFailure(UNPROCESSABLE, VALIDATION, new Object[0], violation.problems().stream()
                    .map(problem -> new ApiError.FieldError(problem.field(), ApiMessages.text(problem.key(), locale)))
                    .toList());
        }
        if (t instanceof vn.tincay.platform.web.RequestSizeLimits.TooLarge) {
            return new ApiFailure(413, BODY_TOO_LARGE);
        }
        if (t instanceof JsonbException || t instanceof JsonParsingException) {
            return new ApiFailure(400, BAD_REQUEST);
        }
        if (t instanceof WebApplicationException web && web.getResponse() != null) {
            int status = web.getResponse().getStatus();
            if (status == 401 || status == 403) {
                return signedIn ? new ApiFailure(403, FORBIDDEN) : new ApiFailure(401, NOT_SIGNED_IN);
            }
            if (status == 400 && hasJsonCause(web)) {
                return new ApiFailure(400, BAD_REQUEST);
            }
            return new ApiFailure(status, keyForStatus(status));
        }
        return null;
    }

    private static boolean hasJsonCause(Throwable t) {
        return chain(t).stream().anyMatch(c -> c instanceof JsonbException || c instanceof JsonParsingException);
    }

    /** The exception and its causes, outermost first, each once. */
    static List<Throwable> chain(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = thrown; t != null && seen.put(t, Boolean.TRUE) == null; t = cause(t)) {
            chain.add(t);
        }
        return chain;
    }

    private static Throwable cause(Throwable t) {
        if (t instanceof jakarta.ejb.EJBException ejb && ejb.getCausedByException() != null) {
            return ejb.getCausedByException();
        }
        return t.getCause();
    }

    /** Invalid fields by their path in the request, with the rule's text; the rejected values are never echoed. */
    static List<ApiError.FieldError> fields(Set<ConstraintViolation<?>> violations, Locale locale) {
        List<ApiError.FieldError> fields = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            fields.add(new ApiError.FieldError(fieldOf(violation.getPropertyPath()), message(violation, locale)));
        }
        fields.sort(Comparator.comparing(ApiError.FieldError::getField));
        return fields;
    }

    /** The path below the method and its parameter: "draft.survivorName" of fileReport becomes "survivorName". */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(position == null ? "" : position).append(']');
            }
            if (node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.isEmpty()) {
            return parameter == null ? "request" : parameter;
        }
        return field.toString();
    }

    /**
     * The rule's message in the caller's language, from the project's ValidationMessages, with the
     * constraint's own attributes ({min}, {max}, {value}) filled in; never the rejected value.
     */
    static String message(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{") && template.endsWith("}")) {
            String text = ApiMessages.validationText(template.substring(1, template.length() - 1), locale);
            if (text != null) {
                for (Map.Entry<String, Object> attribute
                        : violation.getConstraintDescriptor().getAttributes().entrySet()) {
                    text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
                }
                return text;
            }
        }
        String interpolated = violation.getMessage();
        return interpolated == null || (template != null && template.contains("validatedValue")) ? "invalid"
                : interpolated;
    }
}
