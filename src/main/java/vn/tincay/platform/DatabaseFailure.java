package vn.tincay.platform;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * The two database failures a user did not cause, told apart from anything else a data access can
 * throw however the container, JPA or the driver wrapped it:
 * <ul>
 * <li>{@link #CONFLICT} – a deadlock or a lock wait timed out: the whole transaction can simply run
 * again;</li>
 * <li>{@link #UNAVAILABLE} – the database cannot be reached (stopped, restarting, network): the
 * user's input must be kept and the request tried again later.</li>
 * </ul>
 */
public enum DatabaseFailure {
    CONFLICT,
    UNAVAILABLE;

    /** MySQL/MariaDB: ER_LOCK_DEADLOCK and ER_LOCK_WAIT_TIMEOUT. */
    private static final Set<Integer> CONFLICT_CODES = Set.of(1213, 1205);
    /** H2: deadlock and lock timeout. */
    private static final Set<Integer> H2_CONFLICT_CODES = Set.of(40001, 50200);

    /** What kind of failure this is, if it is one of the two. */
    public static Optional<DatabaseFailure> of(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        DatabaseFailure found = null;
        for (Throwable t = thrown; t != null && seen.add(t); t = next(t)) {
            DatabaseFailure kind = classify(t);
            if (kind == UNAVAILABLE) {
                return Optional.of(UNAVAILABLE);
            }
            if (kind == CONFLICT) {
                found = CONFLICT;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && seen.add(sql.getNextException())) {
                DatabaseFailure chained = classify(sql.getNextException());
                found = chained != null ? chained : found;
            }
        }
        return Optional.ofNullable(found);
    }

    public static boolean isConflict(Throwable thrown) {
        return of(thrown).filter(kind -> kind == CONFLICT).isPresent();
    }

    private static DatabaseFailure classify(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return UNAVAILABLE;
        }
        String type = t.getClass().getName();
        if (type.endsWith("CommunicationsException") || type.startsWith("jakarta.resource.")
                || type.endsWith("PoolingException")) {
            return UNAVAILABLE;
        }
        if (t instanceof jakarta.persistence.PessimisticLockException
                || t instanceof jakarta.persistence.LockTimeoutException
                || t instanceof SQLTransactionRollbackException) {
            return CONFLICT;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && state.startsWith("08")) {
                return UNAVAILABLE;
            }
            if ("40001".equals(state) || CONFLICT_CODES.contains(sql.getErrorCode())
                    || (type.startsWith("org.h2.") && H2_CONFLICT_CODES.contains(sql.getErrorCode()))) {
                return CONFLICT;
            }
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        Throwable cause = t.getCause();
        if (cause == null && t instanceof jakarta.ejb.EJBException ejb) {
            cause = ejb.getCausedByException();
        }
        return cause == t ? null : cause;
    }
}
