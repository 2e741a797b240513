package vn.tincay.api;

import java.util.List;

/**
 * The body of every error answer: a stable key clients can test, the text in the caller's language,
 * and for invalid input the fields concerned (never the values sent).
 */
public class ApiError {

    private final String error;
    private final String message;
    private final List<FieldError> fields;

    public ApiError(String error, String message, List<FieldError> fields) {
        this.error = error;
        this.message = message;
        this.fields = fields;
    }

    public ApiError(String error, String message) {
        this(error, message, null);
    }

    public String getError() {
        return error;
    }

    public String getMessage() {
        return message;
    }

    public List<FieldError> getFields() {
        return fields;
    }

    /** One invalid field: its path in the request and what is wrong, in the caller's language. */
    public static class FieldError {

        private final String field;
        private final String message;

        public FieldError(String field, String message) {
            this.field = field;
            this.message = message;
        }

        public String getField() {
            return field;
        }

        public String getMessage() {
            return message;
        }
    }
}
