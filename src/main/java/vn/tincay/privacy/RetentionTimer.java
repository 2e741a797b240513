package vn.tincay.privacy;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;

/** Anonymises the cases past their retention period every night at 02:30 Vietnam time. */
@Singleton
public class RetentionTimer {

    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

    @EJB
    private RetentionService retention;

    @Schedule(hour = "2", minute = "30", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    public void nightly() {
        int done = run();
        LOG.info(() -> "Retention: " + done + " closed case(s) anonymised");
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
