package vn.tincay.platform.demo;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.tincay.platform.DatabaseStartup;
import vn.tincay.security.crypto.Confidentiality;
import vn.tincay.security.crypto.EncryptedTextConverter;

/**
 * Fills the demo district with invented incidents and their follow-up, for demonstrations and
 * benchmarks: {@code tincay.demo.generate-incidents} (environment TINCAY_DEMO_GENERATE_INCIDENTS) at
 * start-up. Writes through {@link BulkIncidentLoader} on a connection of its own, outside any
 * container transaction, in transactions of a thousand cases.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoIncidentGenerator {

    /** Years of reports the invented cases spread over. */
    static final int YEARS = 2;

    private static final Logger LOG = Logger.getLogger(DemoIncidentGenerator.class.getName());

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Confidentiality confidentiality;

    private final Clock clock = Clock.systemUTC();

    /** Incidents the demo district has now; 0 when there is no demo district. */
    public long countInDemoDistrict() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM incident i JOIN district d "
                     + "ON d.id = i.district_id WHERE d.code = ?")) {
            s.setString(1, DemoDataLoader.DISTRICT_CODE);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the demo incidents", e);
        }
    }

    /**
     * Adds {@code count} invented incidents to the demo district in the background: the application
     * answers meanwhile, and the cases appear as each thousand is saved.
     */
    @Asynchronous
    public void generateInBackground(int count, long seed) {
        try (Connection c = dataSource.getConnection()) {
            new BulkIncidentLoader(confidentiality.cipher(), EncryptedTextConverter.PURPOSE,
                    confidentiality.nameIndex(), Instant.now(clock))
                    .load(c, DemoDataLoader.DISTRICT_CODE, count, seed, YEARS, 0);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Demo incidents not generated", e);
        }
    }
}
