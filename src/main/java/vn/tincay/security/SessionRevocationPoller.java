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
 * In a cluster, reads the ends of sessions that any node wrote ({@link SessionRevocation}) every
 * {@value #INTERVAL_MS} ms and applies them to this node's sessions. Reads overlap by a minute,
 * so an end whose transaction committed late is not missed; applying one twice changes nothing.
 * A single node (no data grid) does not poll: it applies the ends it writes at once.
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
    private volatile boolean clustered;
    private volatile int failures;
    private volatile Instant pausedUntil;
    private volatile Instant lastCleanUp = Instant.EPOCH;

    @PostConstruct
    void start() {
        clustered = inDataGrid();
        LOG.info(clustered ? "Session ends written by any node are read every " + INTERVAL_MS + " ms"
                : "Single node (no cluster): session ends apply at once, nothing to read");
        // A single node applies the ends it writes itself at once: there is nobody else's to read, only
        // old rows to remove now and then.
        long interval = clustered ? INTERVAL_MS : Duration.ofHours(1).toMillis();
        timers.createIntervalTimer(clustered ? 0 : interval, interval, new TimerConfig("session-revocations", false));
    }

    /**
     * Whether this node may have others: false only on Payara Micro started with --nocluster (or
     * --nohazelcast), which still runs a data grid of its own but never joins anyone. Asked by reflection,
     * since the application is not compiled against Payara; anywhere else the answer is "maybe": poll.
     */
    static boolean inDataGrid() {
        try {
            Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro", false,
                    Thread.currentThread().getContextClassLoader());
            Object instance = micro.getMethod("getInstance").invoke(null);
            return !((Boolean) micro.getMethod("isNoCluster").invoke(instance)
                    || (Boolean) micro.getMethod("isNoHazelcast").invoke(instance));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unknown) {
            return true;
        }
    }

    @Resource
    private jakarta.ejb.SessionContext context;

    @Timeout
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    void poll() {
        Instant now = Instant.now(clock);
        if (pausedUntil != null && now.isBefore(pausedUntil)) {
            return;
        }
        Instant from = readUpTo == null ? now.minus(SessionRegistry.MEMORY) : readUpTo.minus(OVERLAP);
        if (!clustered) {
            forgetOld(now);
            return;
        }
        try {
            int ended = registry.applyAll(em.createQuery("SELECT r FROM SessionRevocation r WHERE r.revokedAt >= :from "
                    + "ORDER BY r.id", SessionRevocation.class).setParameter("from", from).getResultList());
            if (ended > 0) {
                LOG.info(() -> ended + " session(s) ended on this node (account disabled or password reset elsewhere)");
            }
            readUpTo = now;
            if (failures > 0) {
                LOG.info("Session ends are read again");
                failures = 0;
                pausedUntil = null;
            }
        } catch (RuntimeException e) {
            // The database is away: this node's own ends still apply at once; the others wait for it. Said
            // once, and tried less and less often (up to once a minute), so an outage does not fill the log.
            if (failures == 0) {
                LOG.warning(() -> "Session ends cannot be read now: " + e.getClass().getSimpleName());
            }
            failures = Math.min(failures + 1, 5);
            pausedUntil = now.plusMillis(Math.min(INTERVAL_MS << failures, 60_000));
            return;
        }
        forgetOld(now);
    }

    private void forgetOld(Instant now) {
        if (lastCleanUp.isBefore(now.minus(Duration.ofHours(1)))) {
            // Once an hour whatever the outcome (a database user that may only read cannot delete).
            lastCleanUp = now;
            try {
                context.getBusinessObject(SessionRevocationPoller.class).forgetBefore(now.minus(SessionRegistry.MEMORY));
            } catch (RuntimeException e) {
                LOG.warning(() -> "Old session ends not removed: " + e.getClass().getSimpleName());
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
