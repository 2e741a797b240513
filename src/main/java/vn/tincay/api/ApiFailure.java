package vn.tincay.api;

import java.util.List;
import java.util.Locale;

/**
 * How an API call failed: the HTTP status, the bundle key and its arguments, invalid fields if any, and
 * for a 503 how many seconds to wait before trying again.
 */
public record ApiFailure(int status, String key, Object[] arguments, List<ApiError.FieldError> fields,
                         Integer retryAfterSeconds) {

    public ApiFailure(int status, String key) {
        this(status, key, new Object[0], null, null);
    }

    public ApiFailure(int status, String key, Object[] arguments, List<ApiError.FieldError> fields) {
        this(status, key, arguments, fields, null);
    }

    /** The database is unreachable or busy: 503, try again after the given seconds. */
    static ApiFailure unavailable(String key, int retryAfterSeconds) {
        return new ApiFailure(503, key, new Object[0], null, retryAfterSeconds);
    }

    public ApiError body(Locale locale) {
        return new ApiError(key, ApiMessages.text(key, locale, arguments), fields);
    }
}
