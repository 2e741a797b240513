package vn.tincay.platform.cluster;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Once per cluster: a scheduled job runs on the node that claims its (job, period) key in
 * {@code job_run} first. Every node's timer fires; the claim is an {@code INSERT IGNORE} of the key,
 * whose primary key lets exactly one insert through – on one node or on ten, with or without the
 * Hazelcast data grid (the claim commits at once, in a transaction of its own). A node that dies in the middle of a run leaves the period claimed: the jobs are written to
 * catch up on their next period (the reminders and retention pick up whatever is still due).
 */
@Stateless
@PermitAll
public class JobClaims {

    /** This JVM, as the job history names it: pid@host. */
    public static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** Claims the run in a transaction of its own, committed at once; true when this node runs it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, String period) {
        return insert(job, period);
    }

    /**
     * Claims the key in the caller's transaction: a second node's claim waits until that transaction
     * ends, and is refused if it committed (a one-off task such as loading the demo data).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean claimWithinTransaction(String job, String period) {
        return insert(job, period);
    }

    /** Notes how a run this node claimed ended. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(String job, String period, String outcome) {
        em.createNativeQuery("UPDATE job_run SET finished_at = ?1, outcome = ?2 WHERE job = ?3 AND period = ?4")
                .setParameter(1, utc(Instant.now(clock)))
                .setParameter(2, outcome == null ? null : outcome.substring(0, Math.min(255, outcome.length())))
                .setParameter(3, job).setParameter(4, period).executeUpdate();
    }

    /** The node that claimed the run, if any. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> claimedBy(String job, String period) {
        return em.createNativeQuery("SELECT node FROM job_run WHERE job = ?1 AND period = ?2")
                .setParameter(1, job).setParameter(2, period)
                .getResultList().stream().findFirst().map(Object::toString);
    }

    private boolean insert(String job, String period) {
        return em.createNativeQuery("INSERT IGNORE INTO job_run (job, period, node, started_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, job).setParameter(2, period).setParameter(3, NODE)
                .setParameter(4, utc(Instant.now(clock)))
                .executeUpdate() == 1;
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
