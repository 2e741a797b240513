package vn.tincay.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.tincay.platform.DatabaseStartup;
import vn.tincay.platform.WritePermission;

/** Ready only while the database answers and the application's user may write to it: /health/ready. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private WritePermission writePermission;

    @Override
    public HealthCheckResponse call() {
        boolean answers;
        try (Connection connection = dataSource.getConnection()) {
            answers = connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            answers = false;
        }
        if (!answers) {
            return HealthCheckResponse.named("database").down().withData("reason", "unreachable").build();
        }
        if (!writePermission.isGranted()) {
            return HealthCheckResponse.named("database").down().withData("reason", "read-only user").build();
        }
        return HealthCheckResponse.named("database").up().build();
    }
}
