package vn.tincay.privacy;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;
import vn.tincay.platform.cluster.ClusterJob;
import vn.tincay.platform.cluster.JobClaims;

/**
 * Anonymises the cases past their retention period every night at 02:30 Vietnam time, on one node of
 * the cluster ({@link JobClaims}: the first to claim the night's run).
 */
@Singleton
public class RetentionTimer {

    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

    static final String JOB = "retention";

    @EJB
    private RetentionService retention;

    @EJB
    private JobClaims claims;

    @Schedule(hour = "2", minute = "30", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    public void nightly() {
        ClusterJob.runOnce(claims, JOB, vn.tincay.platform.LocalTime.today(java.time.Clock.systemUTC()).toString(),
                () -> {
                    int done = run();
                    LOG.info(() -> "Retention: " + done + " closed case(s) anonymised");
                    return done + " case(s) anonymised";
                });
    }

    /** @return how many cases were anonymised */
    public int run() {
        int done = 0;
        for (Long id : retention.dueNow()) {
            try {
                if (retention.anonymiseIfDue(id)) {
                    done++;
                }
            } catch (RuntimeException e) {
                // One case that cannot be anonymised now must not stop the others; it is retried tomorrow.
                LOG.warning("Retention: case #" + id + " not anonymised: " + e.getClass().getName());
            }
        }
        return done;
    }
}
