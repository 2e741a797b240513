package vn.tincay.platform;

/**
 * A page could not be shown because the database cannot be reached: web.xml maps it to the "try
 * again in a few minutes" page (503).
 */
public class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(Throwable cause) {
        // No message: the cause's may quote data.
        super(null, cause, false, false);
    }
}
