package vn.tincay.platform.cluster;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs a scheduled job's period once across the cluster ({@link JobClaims}), with one log line either way. */
public final class ClusterJob {

    private static final Logger LOG = Logger.getLogger(ClusterJob.class.getName());

    private ClusterJob() {
    }

    /**
     * Runs {@code work} when this node claims (job, period), notes its outcome, and returns true;
     * returns false when another node has it. The outcome is a short text without personal data.
     */
    public static boolean runOnce(JobClaims claims, String job, String period, Supplier<String> work) {
        boolean claimed;
        try {
            claimed = claims.claim(job, period);
        } catch (RuntimeException e) {
            // No database: nobody can run it now; the next period catches up.
            LOG.log(Level.WARNING, "Job {0} {1} not run: its claim failed ({2})",
                    new Object[] {job, period, e.getClass().getSimpleName()});
            return false;
        }
        if (!claimed) {
            LOG.info(() -> "Job " + job + " " + period + " skipped on " + JobClaims.NODE + ": already claimed by "
                    + claims.claimedBy(job, period).orElse("another node"));
            return false;
        }
        LOG.info(() -> "Job " + job + " " + period + " runs on " + JobClaims.NODE);
        String outcome;
        try {
            outcome = work.get();
        } catch (RuntimeException e) {
            outcome = "failed: " + e.getClass().getSimpleName();
            LOG.log(Level.WARNING, "Job {0} {1} failed: {2}", new Object[] {job, period, e.getClass().getName()});
        }
        try {
            claims.finish(job, period, outcome);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Job " + job + " " + period + ": outcome not recorded (" + e.getClass().getSimpleName() + ")");
        }
        return true;
    }
}
