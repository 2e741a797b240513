package vn.tincay.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.platform.DatabaseSettings;

/**
 * At start-up, when demo data is on and {@code tincay.demo.generate-incidents} (TINCAY_DEMO_GENERATE_INCIDENTS)
 * asks for more incidents than the demo district has, generates the missing ones
 * ({@code tincay.demo.seed}, TINCAY_DEMO_SEED, makes them repeatable). They are written in the
 * background: the first page never waits for them.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoIncidentStartup {

    public static final String COUNT = "tincay.demo.generate-incidents";
    public static final String SEED = "tincay.demo.seed";

    private static final Logger LOG = Logger.getLogger(DemoIncidentStartup.class.getName());

    @Inject
    @ConfigProperty(name = COUNT, defaultValue = "0")
    private int wanted;

    @Inject
    @ConfigProperty(name = SEED, defaultValue = "2026")
    private long seed;

    @Inject
    @ConfigProperty(name = "tincay.demo-data", defaultValue = "auto")
    private String demoData;

    @Inject
    @ConfigProperty(name = "tincay.db.url")
    private String url;

    @EJB
    private DemoIncidentGenerator generator;

    @EJB
    private vn.tincay.platform.cluster.JobClaims claims;

    @PostConstruct
    void generateIfAsked() {
        if (wanted <= 0) {
            return;
        }
        if (!DatabaseSettings.loadsDemoData(demoData, url)) {
            LOG.warning(COUNT + " is ignored: demo data is off for this database");
            return;
        }
        long existing = generator.countInDemoDistrict();
        if (existing < wanted && !claims.claim("demo-incidents", wanted + " from " + existing)) {
            // Another node of a cluster that started together tops the district up.
            return;
        }
        if (existing >= wanted) {
            LOG.info(() -> "The demo district already has " + existing + " incidents; none generated");
            return;
        }
        generator.generateInBackground((int) (wanted - existing), seed + existing);
    }
}
