package vn.tincay.report;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.cluster.ClusterJob;
import vn.tincay.platform.cluster.JobClaims;
import vn.tincay.report.adhoc.AdHocReminderService;

/**
 * Sends the due report reminders (periodic and ad-hoc reports) every morning at 07:00 Vietnam time, and once a few minutes after
 * start-up so that a day the servers were down is caught up. Every node's timers fire; the run of
 * each period goes to one node ({@link JobClaims}), so three nodes send one reminder, not three.
 * The hour and minute are calendar expressions from configuration ({@code tincay.report.reminder-hour},
 * {@code tincay.report.reminder-minute}), so a test can make it fire every minute.
 */
@Singleton
@Startup
public class ReportReminderTimer {

    static final String JOB = "report-reminders";
    private static final Logger LOG = Logger.getLogger(ReportReminderTimer.class.getName());
    private static final long AFTER_START_MS = 3 * 60 * 1000L;
    private static final String CATCH_UP = "report reminders after start-up";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @EJB
    private ReportReminderService reminders;

    @EJB
    private AdHocReminderService adHocReminders;

    @EJB
    private JobClaims claims;

    @Resource
    private TimerService timers;

    @Inject
    @ConfigProperty(name = "tincay.report.reminder-hour", defaultValue = "7")
    private String hour;

    @Inject
    @ConfigProperty(name = "tincay.report.reminder-minute", defaultValue = "0")
    private String minute;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(new ScheduleExpression().hour(hour).minute(minute).second("0")
                .timezone(LocalTime.ZONE.getId()), new TimerConfig("report reminders", false));
        timers.createSingleActionTimer(AFTER_START_MS, new TimerConfig(CATCH_UP, false));
    }

    @Timeout
    public void fire(Timer timer) {
        LocalDateTime now = LocalDateTime.now(LocalTime.ZONE);
        // The period of a scheduled run is the minute it was due, the same on every node; the catch-up
        // after a start runs once a day across the cluster, however many nodes start.
        String period = CATCH_UP.equals(timer.getInfo()) ? "start " + now.toLocalDate()
                : now.truncatedTo(ChronoUnit.MINUTES).format(MINUTE);
        ClusterJob.runOnce(claims, JOB, period, this::run);
    }

    private String run() {
        java.util.List<ReportReminderService.Due> due = reminders.due();
        LOG.info(() -> "Report reminders: " + due.size() + " unit(s) to remind");
        int sent = 0;
        for (ReportReminderService.Due unit : due) {
            sent += remind(unit);
        }
        java.util.List<AdHocReminderService.Due> adHoc = adHocReminders.due();
        LOG.info(() -> "Ad-hoc report reminders: " + adHoc.size() + " school(s) to remind");
        int told = 0;
        for (AdHocReminderService.Due school : adHoc) {
            told += remind(school);
        }
        return due.size() + " unit(s) due, " + sent + " reminded; " + adHoc.size() + " ad-hoc, " + told + " told";
    }

    private int remind(AdHocReminderService.Due due) {
        try {
            return adHocReminders.remind(due);
        } catch (Exception e) {
            // Logged without names or addresses; the school is tried again at the next run.
            LOG.log(Level.WARNING, "Ad-hoc report reminder for request " + due.requestId() + " failed: "
                    + e.getClass().getSimpleName());
            return 0;
        }
    }

    private int remind(ReportReminderService.Due due) {
        try {
            return reminders.remind(due);
        } catch (Exception e) {
            // Logged without names or addresses; the unit is tried again at the next run.
            LOG.log(Level.WARNING, "Report reminder for period " + due.periodId() + " failed: " + e.getClass()
                    .getSimpleName());
            return 0;
        }
    }
}
