package vn.tincay.report;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.account.UserAccount;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.ConstraintViolation;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.UserFacingException;
import vn.tincay.platform.web.BundleMessageResolver;
import vn.tincay.register.ReportingPeriod;
import vn.tincay.report.document.VietnameseText;

/**
 * Deadline reminders. A configurable number of days before a report is due
 * ({@code tincay.report.reminder-days}, default 7) every unit that has not submitted yet is reminded
 * once; after the due date a unit whose report is still missing is reminded again the next day and
 * then weekly ({@link ReminderRule}). A reminder is an in-app notification to the school's focal
 * points – or the district's coordinators for the district's own report, due at the province on its
 * own date – and an e-mail when SMTP is configured. The rows in report_reminder and
 * report_overdue_reminder, written in the same transaction as the sending, make each go out once.
 * The coordinator's "Nhắc nộp" goes through {@link #request}.
 */
@Stateless
@PermitAll
public class ReportReminderService {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            ReportReminderService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReportMailer mailer;

    @jakarta.ejb.EJB
    private ReportNotices notices;

    @Inject
    @ConfigProperty(name = "tincay.report.reminder-days", defaultValue = "7")
    private int reminderDays;

    @Inject
    @ConfigProperty(name = "tincay.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    private final Clock clock = Clock.systemUTC();

    /** How long after the schools' deadline a district's own deadline may lie and still be reminded. */
    private static final int MAX_DISTRICT_DELAY = 60;

    /** A unit to remind for a period; {@code overdue} after the due date. */
    public record Due(long periodId, long districtId, Long schoolId, boolean overdue) {

        public Due(long periodId, long districtId, Long schoolId) {
            this(periodId, districtId, schoolId, false);
        }
    }

    /** The units whose report is due within the window or overdue, not submitted and not reminded yet. */
    public List<Due> due() {
        LocalDate today = LocalTime.today(clock);
        List<Due> result = new ArrayList<>();
        if (!mailer.isConfigured()) {
            LOG.info("No SMTP host configured (tincay.smtp.host): report reminders are shown in the app only");
        }
        LocalDate latest = today.plusDays(Math.max(0, reminderDays));
        LocalDate earliest = today.minusDays(ReminderRule.OVERDUE_FOR_DAYS + MAX_DISTRICT_DELAY);
        for (ReportingPeriod period : em.createQuery("SELECT p FROM ReportingPeriod p WHERE p.dueDate BETWEEN :a AND :b",
                        ReportingPeriod.class)
                .setParameter("a", earliest).setParameter("b", latest).getResultList()) {
            long districtId = period.getDistrict().getId();
            List<Long> units = new ArrayList<>(em.createQuery("SELECT s.id FROM School s WHERE s.district.id = :d "
                    + "AND s.active = TRUE", Long.class).setParameter("d", districtId).getResultList());
            units.add(0L);
            for (Long unitKey : units) {
                LocalDate dueDate = period.dueDateFor(unitKey == 0L);
                boolean submitted = !em.createQuery("SELECT r.id FROM PeriodicReport r WHERE r.periodId = :p "
                                + "AND r.district.id = :d AND r.unitKey = :u AND r.firstSubmittedAt IS NOT NULL", Long.class)
                        .setParameter("p", period.getId()).setParameter("d", districtId).setParameter("u", unitKey)
                        .getResultList().isEmpty();
                if (submitted) {
                    continue;
                }
                Long schoolId = unitKey == 0L ? null : unitKey;
                if (today.isAfter(dueDate)) {
                    if (ReminderRule.shouldRemindOverdue(today, dueDate, false,
                            lastOverdueReminder(period.getId(), districtId, unitKey))) {
                        result.add(new Due(period.getId(), districtId, schoolId, true));
                    }
                    continue;
                }
                boolean reminded = !em.createQuery("SELECT m.id FROM ReportReminder m WHERE m.periodId = :p "
                                + "AND m.districtId = :d AND m.unitKey = :u", Long.class)
                        .setParameter("p", period.getId()).setParameter("d", districtId).setParameter("u", unitKey)
                        .getResultList().isEmpty();
                if (ReminderRule.shouldRemind(today, dueDate, reminderDays, false, reminded)) {
                    result.add(new Due(period.getId(), districtId, schoolId, false));
                }
            }
        }
        return result;
    }

    /** The day of the last reminder after the due date (automatic or "Nhắc nộp"), or null. */
    public LocalDate lastOverdueReminder(long periodId, long districtId, long unitKey) {
        return em.createQuery("SELECT MAX(m.sentOn) FROM ReportOverdueReminder m WHERE m.periodId = :p "
                        + "AND m.districtId = :d AND m.unitKey = :u", LocalDate.class)
                .setParameter("p", periodId).setParameter("d", districtId).setParameter("u", unitKey)
                .getSingleResult();
    }

    /**
     * Reminds one unit in a transaction of its own: the reminder row is written first (its unique key
     * stops a second sending), then the notifications and the mails; a failure rolls all back for the next run.
     * @return how many people were told (0: nobody to tell; nothing recorded)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remind(Due due) throws MessagingException {
        return send(due, null);
    }

    /**
     * The coordinator's "Nhắc nộp" for a school that has not submitted (or must resubmit); at most one a
     * day per school. Runs in the caller's transaction; {@link PeriodicReportService} checks the caller.
     */
    public int request(long periodId, long districtId, long schoolId, String coordinator) throws MessagingException {
        LocalDate today = LocalTime.today(clock);
        ReportOverdueReminder sentToday = em.createQuery("SELECT m FROM ReportOverdueReminder m WHERE m.periodId = :p "
                        + "AND m.districtId = :d AND m.unitKey = :u AND m.sentOn = :t", ReportOverdueReminder.class)
                .setParameter("p", periodId).setParameter("d", districtId).setParameter("u", schoolId)
                .setParameter("t", today)
                // Locked: of two coordinators pressing at once on the day's automatic reminder, the second
                // reads it after the first has recorded hers (a new reminder is guarded by its unique key).
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (sentToday != null && sentToday.getRequestedBy() != null) {
            throw new UserFacingException("report.remind.alreadyToday");
        }
        return send(new Due(periodId, districtId, schoolId, true), coordinator, sentToday);
    }

    private int send(Due due, String requestedBy) throws MessagingException {
        return send(due, requestedBy, null);
    }

    /** @param sentToday today's automatic reminder, which a "Nhắc nộp" the same day is recorded on */
    private int send(Due due, String requestedBy, ReportOverdueReminder sentToday) throws MessagingException {
        ReportingPeriod period = em.find(ReportingPeriod.class, due.periodId());
        List<UserAccount> recipients = due.schoolId() == null ? notices.coordinators(due.districtId())
                : notices.focalPoints(due.schoolId());
        if (recipients.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now(clock);
        if (sentToday != null) {
            sentToday.requestedBy(requestedBy, now);
        } else if (due.overdue()) {
            em.persist(new ReportOverdueReminder(due.periodId(), due.districtId(), due.schoolId(),
                    LocalTime.today(clock), requestedBy, recipients.size(), now));
        } else {
            em.persist(new ReportReminder(due.periodId(), due.districtId(), due.schoolId(), recipients.size(), now));
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Two coordinators pressed "Nhắc nộp" for the school at the same moment: both found no reminder of
            // today, and the unique key let the first through. The second is told so, as if it came later.
            if (requestedBy != null && ConstraintViolation.isCause(e)) {
                throw new UserFacingException("report.remind.alreadyToday");
            }
            throw e;
        }
        String unitName = due.schoolId() == null ? em.find(District.class, due.districtId()).getOfficeName()
                : em.find(School.class, due.schoolId()).getName();
        Long reportId = em.createQuery("SELECT r.id FROM PeriodicReport r WHERE r.periodId = :p AND r.district.id = :d "
                        + "AND r.unitKey = :u", Long.class)
                .setParameter("p", due.periodId()).setParameter("d", due.districtId())
                .setParameter("u", due.schoolId() == null ? 0L : due.schoolId()).getResultStream().findFirst()
                .orElse(null);
        notices.remind(requestedBy != null ? vn.tincay.notification.NotificationKind.REPORT_REQUESTED
                        : due.overdue() ? vn.tincay.notification.NotificationKind.REPORT_OVERDUE
                        : vn.tincay.notification.NotificationKind.REPORT_DUE_SOON, due.districtId(), due.schoolId(),
                reportId, due.periodId(), unitName, now);
        if (mailer.isConfigured()) {
            LocalDate dueDate = period.dueDateFor(due.schoolId() == null);
            for (UserAccount recipient : recipients) {
                if (recipient.getEmail() == null) {
                    continue;
                }
                Locale locale = Locale.forLanguageTag(recipient.getPreferredLocale() == null ? "vi"
                        : recipient.getPreferredLocale());
                ResourceBundle bundle = ResourceBundle.getBundle(BundleMessageResolver.BUNDLE, locale);
                String kind = bundle.getString("ReportKind." + period.getKind().name());
                String subject = MessageFormat.format(bundle.getString(due.overdue() ? "report.mail.subjectOverdue"
                        : "report.mail.subject"), kind, Integer.toString(period.getYear()));
                String body = MessageFormat.format(bundle.getString(due.overdue() ? "report.mail.bodyOverdue"
                                : "report.mail.body"), unitName, kind,
                        Integer.toString(period.getYear()), VietnameseText.date(period.getCoversFrom()),
                        VietnameseText.date(period.getCoversTo()), VietnameseText.date(dueDate),
                        baseUrl.replaceAll("/+$", "") + "/report/index.xhtml");
                mailer.send(recipient.getEmail(), subject, body);
            }
        }
        LOG.info(() -> "Report reminder " + (due.overdue() ? "(overdue) " : "") + "for period " + due.periodId()
                + " to unit " + (due.schoolId() == null ? "district office" : "school " + due.schoolId()));
        return recipients.size();
    }
}
