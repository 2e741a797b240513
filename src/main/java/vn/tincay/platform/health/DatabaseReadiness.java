package vn.tincay.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.tincay.platform.DatabaseStartup;

/** Ready only while the database answers: /health/ready. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try (Connection connection = dataSource.getConnection()) {
            up = connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            up = false;
        }
        return HealthCheckResponse.named("database").status(up).build();
    }
}
