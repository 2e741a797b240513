package vn.tincay.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Read-only work that may run on a replica of the database: statistics, their exports and the
 * province's pages. With {@code tincay.db.read-url} set (TINCAY_DB_READ_URL) their queries go to that
 * database; without it they run on the primary as every other query does, and this pool stays empty.
 * A replica lags the primary by a moment: nothing here is read back right after it is written.
 */
@DataSourceDefinition(
        name = ReadDatabase.DATA_SOURCE,
        className = "vn.tincay.platform.ReadDataSource",
        url = "${MPCONFIG=tincay.db.url}",
        user = "${MPCONFIG=tincay.db.user}",
        minPoolSize = 0,
        maxPoolSize = 15,
        loginTimeout = 5,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=5000",
            "fish.payara.connection-creation-retry-attempts=0"
        })
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReadDatabase {

    public static final String DATA_SOURCE = "java:app/jdbc/tincay-read";

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = ReadDataSource.URL_KEY)
    private Optional<String> readUrl;

    /** Whether a read URL is configured; without one, callers query the primary through JPA. */
    public boolean isConfigured() {
        return readUrl.filter(url -> !url.isBlank()).isPresent();
    }

    /** The rows of a native query on the read database, each as its columns. */
    public List<Object[]> rows(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setReadOnly(true);
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                statement.setObject(i + 1, value instanceof Instant instant
                        ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : value instanceof Enum<?> e ? e.name() : value);
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new jakarta.persistence.PersistenceException("Read query failed", e);
        }
    }
}
