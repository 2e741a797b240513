package vn.tincay.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Reads the ends of sessions that any node wrote ({@link SessionRevocation}) every
 * {@value #INTERVAL_MS} ms and applies them to this node's sessions. Reads overlap by a minute,
 * so an end whose transaction committed late is not missed; applying one twice changes nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SessionRevocationPoller {

    static final long INTERVAL_MS = 2000;
    private static final Duration OVERLAP = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(SessionRevocationPoller.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SessionRegistry registry;

    @Resource
    private TimerService timers;

    private final Clock clock = Clock.systemUTC();
    private volatile Instant readUpTo;
    private volatile boolean failing;
    private volatile Instant lastCleanUp = Instant.EPOCH;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(0, INTERVAL_MS, new TimerConfig("session-revocations", false));
    }

    @Resource
    private jakarta.ejb.SessionContext context;

    @Timeout
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    void poll() {
        Instant now = Instant.now(clock);
        Instant from = readUpTo == null ? now.minus(SessionRegistry.MEMORY) : readUpTo.minus(OVERLAP);
        try {
            int ended = registry.applyAll(em.createQuery("SELECT r FROM SessionRevocation r WHERE r.revokedAt >= :from "
                    + "ORDER BY r.id", SessionRevocation.class).setParameter("from", from).getResultList());
            if (ended > 0) {
                LOG.info(() -> ended + " session(s) ended on this node (account disabled or password reset elsewhere)");
            }
            readUpTo = now;
            if (failing) {
                LOG.info("Session ends are read again");
                failing = false;
            }
            if (lastCleanUp.isBefore(now.minus(Duration.ofHours(1)))) {
                context.getBusinessObject(SessionRevocationPoller.class).forgetBefore(now.minus(SessionRegistry.MEMORY));
                lastCleanUp = now;
            }
        } catch (RuntimeException e) {
            // The database is away: sessions of this node are still ended at once; others wait for it.
            if (!failing) {
                LOG.warning(() -> "Session ends cannot be read now: " + e.getClass().getSimpleName());
                failing = true;
            }
        }
    }

    /** Removes ends older than any session they could still concern (any node may; it is the same delete). */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void forgetBefore(Instant before) {
        em.createQuery("DELETE FROM SessionRevocation r WHERE r.revokedAt < :before")
                .setParameter("before", before).executeUpdate();
    }
}
