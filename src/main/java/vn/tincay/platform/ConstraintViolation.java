package vn.tincay.platform;

import java.sql.SQLException;

/**
 * A write refused by a constraint of the database (SQL state class 23: a duplicate of a unique key, a
 * foreign key): what a check made before the write could not see when another writer got there first.
 */
public final class ConstraintViolation {

    private ConstraintViolation() {
    }

    /** Whether the error, however the container, JPA or the driver wrapped it, is such a refusal. */
    public static boolean isCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
