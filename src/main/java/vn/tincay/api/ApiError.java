package vn.tincay.api;

import java.util.List;

/**
 * The body of every error answer: a stable key clients can test, the text in the caller's language,
 * and for invalid input the fields concerned (never the values sent).
 */
public record ApiError(String error, String message, List<FieldError> fields) {

    public ApiError(String error, String message) {
        this(error, message, null);
    }

    /** One invalid field: its path in the request and what is wrong, in the caller's language. */
    public record FieldError(String field, String message) {
    }
}
