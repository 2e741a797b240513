package vn.tincay.report;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the due report reminders every morning at 07:00 Vietnam time, and once a few minutes after
 * start-up so that a day the server was down is caught up.
 */
@Singleton
@Startup
public class ReportReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReportReminderTimer.class.getName());
    private static final long AFTER_START_MS = 3 * 60 * 1000L;

    @EJB
    private ReportReminderService reminders;

    @Resource
    private TimerService timers;

    @PostConstruct
    void scheduleCatchUp() {
        timers.createSingleActionTimer(AFTER_START_MS, new TimerConfig("report reminders after start-up", false));
    }

    @Schedule(hour = "7", minute = "0", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    public void daily() {
        run();
    }

    @Timeout
    public void afterStart() {
        run();
    }

    private void run() {
        java.util.List<ReportReminderService.Due> due = reminders.due();
        LOG.info(() -> "Report reminders: " + due.size() + " unit(s) to remind");
        for (ReportReminderService.Due unit : due) {
            remind(unit);
        }
    }

    private void remind(ReportReminderService.Due due) {
        try {
            reminders.remind(due);
        } catch (Exception e) {
            // Logged without names or addresses; the unit is tried again at the next run.
            LOG.log(Level.WARNING, "Report reminder for period " + due.periodId() + " failed: " + e.getClass()
                    .getSimpleName());
        }
    }
}
