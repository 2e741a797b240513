package vn.tincay.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether the application's database user may write. A user that can only read passes every other
 * check – the schema is up to date, queries answer – and then fails every sign-in (each writes an
 * audit row). The check runs statements that change no row but need the INSERT, UPDATE and DELETE
 * privileges, in a transaction that is rolled back.
 */
@ApplicationScoped
public class WritePermission {

    private static final Logger LOG = Logger.getLogger(WritePermission.class.getName());
    private static final String[] PROBES = {
        "INSERT INTO audit_seal SELECT * FROM audit_seal WHERE 1 = 0",
        "UPDATE audit_seal SET last_seq = last_seq WHERE 1 = 0",
        "DELETE FROM audit_seal WHERE 1 = 0"
    };

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    private DataSource dataSource;

    private volatile Boolean granted;

    /** Checks once (at start-up) and logs a refusal as one clear line. */
    public boolean check() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String probe : PROBES) {
                    statement.executeUpdate(probe);
                }
                granted = true;
            } catch (SQLException refused) {
                granted = false;
                LOG.severe(() -> "The database user may read but not write (" + refused.getMessage() + "). Sign-in and "
                        + "every change would fail: grant it SELECT, INSERT, UPDATE and DELETE on the application's "
                        + "schema. /health/ready stays DOWN until the application is restarted with such a user.");
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException unreachable) {
            // Unreachable now: the readiness check reports that on its own; look again next time.
            granted = null;
        }
        return Boolean.TRUE.equals(granted);
    }

    /** False only when the check found the user unable to write; unknown counts as granted until checked. */
    public boolean isGranted() {
        Boolean known = granted;
        return known == null ? check() : known;
    }
}
