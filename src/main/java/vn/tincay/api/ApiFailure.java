package vn.tincay.api;

import java.util.List;
import java.util.Locale;

/** How an API call failed: the HTTP status, the bundle key and its arguments, and invalid fields if any. */
public record ApiFailure(int status, String key, Object[] arguments, List<ApiError.FieldError> fields) {

    public ApiFailure(int status, String key) {
        this(status, key, new Object[0], null);
    }

    public ApiError body(Locale locale) {
        return new ApiError(key, ApiMessages.text(key, locale, arguments), fields);
    }
}
