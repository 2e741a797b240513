package vn.tincay.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives newly written audit rows their place in the chain, every {@value #INTERVAL_MS} ms and before
 * each verification. Only sealing locks the chain's end ({@link AuditSeal}); recording an action
 * just inserts its row. Every node of a cluster runs a sealer: they take turns on that lock, and
 * the one that comes second finds nothing left to seal.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditSealer {

    static final long INTERVAL_MS = 2000;
    static final int BATCH = 500;
    static final java.time.Duration ANCHOR_INTERVAL = java.time.Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditKeys keys;

    @Resource
    private TimerService timers;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();
    /** Runs failed in a row, so an outage is logged once and retried less often. */
    private volatile int failures;
    private volatile Instant pausedUntil;
    private volatile boolean tamperReported;
    /** The furthest place in the chain this node has seen sealed: the end may never move back before it. */
    private final AtomicLong highWater = new AtomicLong();
    private volatile Instant lastAnchor;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(INTERVAL_MS, INTERVAL_MS, new TimerConfig("audit-sealer", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        Instant now = Instant.now(clock);
        if (pausedUntil != null && now.isBefore(pausedUntil)) {
            return;
        }
        try {
            sealPending();
            if (failures > 0) {
                LOG.info("Audit sealing works again");
                failures = 0;
                pausedUntil = null;
            }
        } catch (PersistenceException | jakarta.ejb.EJBException e) {
            // The database is unreachable or restarting: say so once, and try less and less often
            // (up to once a minute), so an outage does not fill the log.
            if (failures == 0) {
                LOG.log(Level.WARNING, "Audit sealing paused: {0}", rootMessage(e));
            }
            failures = Math.min(failures + 1, 5);
            pausedUntil = now.plusMillis(Math.min(INTERVAL_MS << failures, 60_000));
        }
    }

    /** Seals every row written so far, in batches; returns how many were sealed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sealPending() {
        int total = 0;
        Sealed batch;
        do {
            batch = context.getBusinessObject(AuditSealer.class).sealOneBatch(highWater.get());
            total += batch.rows();
            // Only once the batch has committed: a rolled-back batch must not raise the mark.
            highWater.accumulateAndGet(batch.lastSeq(), Math::max);
        } while (batch.rows() == BATCH);
        if (total > 0) {
            anchor(batch.lastSeq(), batch.lastMac());
        }
        return total;
    }

    /**
     * One batch in a transaction of its own: lock the end of the chain, then chain the oldest
     * unsealed rows after it. The locking read comes first, so the snapshot the rows are read from
     * starts after another sealer's batch has committed, and nothing is chained twice. An end whose
     * MAC does not fit, or that lies before a place this node already sealed, was moved behind the
     * application's back: nothing is chained onto it (which would sign the forgery), and the
     * verification reports it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Sealed sealOneBatch(long sealedBefore) {
        AuditSeal seal = em.find(AuditSeal.class, AuditSeal.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditChain chain = new AuditChain(keys);
        if (!chain.headIsAuthentic(seal) || seal.getLastSeq() < sealedBefore) {
            if (!tamperReported) {
                LOG.severe(() -> "The end of the audit chain was changed outside the application (this node sealed up "
                        + "to row " + sealedBefore + ", the end now says " + seal.getLastSeq() + "). Sealing stops "
                        + "until the end is put back; verify the chain on the administrator's audit page.");
                tamperReported = true;
            }
            // The node's own mark stays where it was: a forged end must not raise it.
            return new Sealed(0, sealedBefore, seal.getLastMac());
        }
        if (tamperReported) {
            LOG.warning("The end of the audit chain fits again; sealing goes on");
            tamperReported = false;
        }
        List<AuditEvent> pending = em.createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.seq IS NULL ORDER BY e.id", AuditEvent.class)
                .setMaxResults(BATCH)
                .getResultList();
        if (pending.isEmpty()) {
            return new Sealed(0, seal.getLastSeq(), seal.getLastMac());
        }
        for (AuditEvent event : pending) {
            if (event.getRowMac() == null && event.getId() <= seal.getLegacyMaxId()) {
                // Written before rows were signed: signed once, when first sealed.
                chain.sign(event);
            }
            long seq = seal.getLastSeq() + 1;
            String mac = chain.chainMac(chain.chainKey(event), seal.getLastMac(), seq, event);
            event.seal(seq, mac);
            seal.advance(seq, mac);
        }
        chain.signHead(seal, Instant.now(clock));
        return new Sealed(pending.size(), seal.getLastSeq(), seal.getLastMac());
    }

    /** What a batch sealed, and where the chain ends after it. */
    public record Sealed(int rows, long lastSeq, String lastMac) {
    }

    /**
     * A line in the server log now and then with the chain's end: a copy outside the database, so a
     * chain cut back to an earlier end that was once genuine can still be told from the log.
     */
    private void anchor(long lastSeq, String lastMac) {
        Instant now = Instant.now(clock);
        if (lastAnchor == null || now.isAfter(lastAnchor.plus(ANCHOR_INTERVAL))) {
            lastAnchor = now;
            LOG.info(() -> "Audit chain sealed up to row " + lastSeq + ", link " + lastMac.substring(0, 16));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
