package vn.tincay.incident;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link DraftRetention} every {@code tincay.drafts.retention-check-seconds} (an hour by default)
 * on every node; the deletion itself is what keeps nodes from doing the same work twice.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DraftRetentionTimer {

    private static final Logger LOG = Logger.getLogger(DraftRetentionTimer.class.getName());

    @EJB
    private DraftRetention retention;

    @Resource
    private TimerService timers;

    @Inject
    @ConfigProperty(name = "tincay.drafts.retention-check-seconds", defaultValue = "3600")
    long checkSeconds;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = Math.max(checkSeconds, 1) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("intake draft retention", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onTimer() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int deleted = run();
            if (deleted > 0) {
                LOG.info(() -> "Draft retention: " + deleted + " draft(s) not continued for "
                        + retention.retentionDays() + " days deleted");
            }
        } catch (RuntimeException e) {
            // The database may be away; the next run tries again.
            LOG.warning("Draft retention did not run: " + e.getClass().getName());
        } finally {
            running.set(false);
        }
    }

    /** @return how many drafts this node deleted */
    public int run() {
        Instant cutoff = retention.cutoff(Instant.now());
        int deleted = 0;
        for (Long id : retention.staleIds(cutoff)) {
            if (retention.deleteIfStale(id, cutoff)) {
                deleted++;
            }
        }
        for (Long id : retention.staleFollowUpIds(cutoff)) {
            if (retention.deleteFollowUpIfStale(id, cutoff)) {
                deleted++;
            }
        }
        return deleted;
    }
}
