package vn.tincay.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import vn.tincay.platform.demo.DemoDataLoader;
import vn.tincay.platform.migration.V21__Encrypt_case_free_text;
import vn.tincay.security.crypto.Confidentiality;
import vn.tincay.security.crypto.FieldCipher;

/**
 * Brings the schema up to date with Flyway before anything uses JPA, then loads the demo data
 * when configured to. The data source settings come from MicroProfile Config
 * ({@code TINCAY_DB_URL}, {@code TINCAY_DB_USER}, {@code TINCAY_DB_PASSWORD}).
 */
@DataSourceDefinition(
        name = DatabaseStartup.DATA_SOURCE,
        className = "vn.tincay.platform.ConfiguredDataSource",
        url = "${MPCONFIG=tincay.db.url}",
        user = "${MPCONFIG=tincay.db.user}",
        minPoolSize = 2,
        maxPoolSize = 30,
        loginTimeout = 5,
        properties = {
            // Every connection is checked (Connection.isValid, a round trip) as it leaves the pool, and
            // one broken connection makes the pool drop them all: after a database restart the next
            // request gets fresh connections instead of an error.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            // A request waits at most this long for a connection when all are in use (a burst of work):
            // long enough to ride out a burst on a busy server instead of refusing it, short of the
            // default minute. With the database down, new connections are refused at once and the page
            // says so within seconds, whatever this wait.
            "fish.payara.max-wait-time-in-millis=15000",
            "fish.payara.connection-creation-retry-attempts=0"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseStartup {

    public static final String DATA_SOURCE = "java:app/jdbc/tincay";

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "tincay.db.url")
    private String url;

    @Inject
    @ConfigProperty(name = "tincay.demo-data", defaultValue = "auto")
    private String demoData;

    @EJB
    private DemoDataLoader demoDataLoader;

    @Inject
    private Confidentiality confidentiality;

    @Inject
    private WritePermission writePermission;

    @PostConstruct
    void migrateAndSeed() {
        // Fail at start-up, not at the first report, when the data key is missing or malformed.
        FieldCipher cipher = confidentiality.cipher();
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Version ranges are handed out per line of work, so a lower version can land after a
                // higher one (V40 after V51): apply it instead of refusing to start.
                .outOfOrder(true)
                // Java migrations that need the data keys, which never live in the database.
                .javaMigrations(new V21__Encrypt_case_free_text(cipher))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        if (!writePermission.check()) {
            return;
        }
        if (DatabaseSettings.loadsDemoData(demoData, url)) {
            demoDataLoader.loadIfEmpty();
        }
    }
}
