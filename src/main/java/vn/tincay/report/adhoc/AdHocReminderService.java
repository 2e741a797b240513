package vn.tincay.report.adhoc;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.account.UserAccount;
import vn.tincay.notification.NotificationKind;
import vn.tincay.organisation.School;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.UserFacingException;
import vn.tincay.platform.web.BundleMessageResolver;
import vn.tincay.report.ReminderRule;
import vn.tincay.report.ReportMailer;
import vn.tincay.report.ReportNotices;
import vn.tincay.report.document.VietnameseText;

/**
 * Reminders about ad-hoc reports, by the rule of the periodic ones ({@link ReminderRule}): once in the
 * days before the due date, then the day after it and weekly while the school's answers are missing,
 * and the coordinator's "Nhắc nộp" at most once a day. Each goes to the school's focal points in the app
 * and, when SMTP is configured, by e-mail; the {@code adhoc_reminder} row, written in the same
 * transaction, makes each go out once across the cluster. Reminders name the request and the school only.
 */
@Stateless
@PermitAll
public class AdHocReminderService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReportMailer mailer;

    @EJB
    private ReportNotices notices;

    @Inject
    @ConfigProperty(name = "tincay.report.reminder-days", defaultValue = "7")
    private int reminderDays;

    @Inject
    @ConfigProperty(name = "tincay.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    private final Clock clock = Clock.systemUTC();

    /** A school to remind of a request; {@code overdue} after the due date. */
    public record Due(long requestId, long schoolId, boolean overdue) {
    }

    /** The schools that have not submitted a request due within the window or overdue, and are due a reminder. */
    public List<Due> due() {
        LocalDate today = LocalTime.today(clock);
        List<Due> result = new ArrayList<>();
        for (AdHocRequest request : em.createQuery("SELECT r FROM AdHocRequest r WHERE r.dueDate BETWEEN :a AND :b",
                        AdHocRequest.class)
                .setParameter("a", today.minusDays(ReminderRule.OVERDUE_FOR_DAYS))
                .setParameter("b", today.plusDays(Math.max(0, reminderDays))).getResultList()) {
            Set<Long> submitted = new HashSet<>(em.createQuery("SELECT a.school.id FROM AdHocAnswer a "
                    + "WHERE a.request = :r AND a.submittedAt IS NOT NULL", Long.class)
                    .setParameter("r", request).getResultList());
            Map<Long, LocalDate> lastOverdue = new HashMap<>();
            Set<Long> remindedBefore = new HashSet<>();
            for (Object[] row : em.createQuery("SELECT m.schoolId, m.overdue, MAX(m.sentOn) FROM AdHocReminder m "
                            + "WHERE m.requestId = :r GROUP BY m.schoolId, m.overdue", Object[].class)
                    .setParameter("r", request.getId()).getResultList()) {
                if (Boolean.TRUE.equals(row[1])) {
                    lastOverdue.put((Long) row[0], (LocalDate) row[2]);
                } else {
                    remindedBefore.add((Long) row[0]);
                }
            }
            for (Long school : em.createQuery("SELECT s.id FROM School s WHERE s.district = :d AND s.active = TRUE",
                    Long.class).setParameter("d", request.getDistrict()).getResultList()) {
                if (submitted.contains(school)) {
                    continue;
                }
                LocalDate dueDate = request.getDueDate();
                if (today.isAfter(dueDate)) {
                    if (ReminderRule.shouldRemindOverdue(today, dueDate, false, lastOverdue.get(school))) {
                        result.add(new Due(request.getId(), school, true));
                    }
                } else if (ReminderRule.shouldRemind(today, dueDate, reminderDays, false,
                        remindedBefore.contains(school))) {
                    result.add(new Due(request.getId(), school, false));
                }
            }
        }
        return result;
    }

    /**
     * Reminds one school in a transaction of its own: the reminder row first (its unique key stops a second
     * sending), then the notifications and the mails; a failure rolls all back for the next run.
     * @return how many people were told (0: nobody to tell; nothing recorded)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remind(Due due) throws MessagingException {
        // Locked, like the coordinator's "Nhắc nộp": reminders of one request take turns, so the check for today's
        // reminder and its insert cannot interleave (two coordinators at once get one reminder and one "already").
        return send(em.find(AdHocRequest.class, due.requestId(), LockModeType.PESSIMISTIC_WRITE), due.schoolId(),
                due.overdue(), null);
    }

    /**
     * The coordinator's "Nhắc nộp" for a school that has not submitted; at most one a day per school. Runs in
     * the caller's transaction; {@link AdHocReportService} checks the caller, the school and the answers.
     */
    public int request(AdHocRequest request, long schoolId, String coordinator) throws MessagingException {
        em.lock(request, LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = LocalTime.today(clock);
        AdHocReminder sentToday = em.createQuery("SELECT m FROM AdHocReminder m WHERE m.requestId = :r "
                        + "AND m.schoolId = :s AND m.sentOn = :t", AdHocReminder.class)
                .setParameter("r", request.getId()).setParameter("s", schoolId).setParameter("t", today)
                .getResultStream().findFirst().orElse(null);
        if (sentToday != null && sentToday.getRequestedBy() != null) {
            throw new UserFacingException("report.remind.alreadyToday");
        }
        if (sentToday != null) {
            int told = tell(request, schoolId, notices.focalPoints(schoolId), sentToday.isOverdue(), coordinator);
            sentToday.requestedBy(coordinator, told);
            return told;
        }
        return send(request, schoolId, today.isAfter(request.getDueDate()), coordinator);
    }

    private int send(AdHocRequest request, long schoolId, boolean overdue, String requestedBy) throws MessagingException {
        List<UserAccount> recipients = notices.focalPoints(schoolId);
        if (recipients.isEmpty()) {
            return 0;
        }
        em.persist(new AdHocReminder(request.getId(), schoolId, LocalTime.today(clock), overdue, requestedBy,
                recipients.size(), Instant.now(clock)));
        em.flush();
        return tell(request, schoolId, recipients, overdue, requestedBy);
    }

    private int tell(AdHocRequest request, long schoolId, List<UserAccount> recipients, boolean overdue,
                     String requestedBy) throws MessagingException {
        NotificationKind kind = requestedBy != null ? NotificationKind.ADHOC_REMINDED
                : overdue ? NotificationKind.ADHOC_OVERDUE : NotificationKind.ADHOC_DUE_SOON;
        notices.adHocReminder(recipients, kind, request.getId(), request.getTitle(), Instant.now(clock));
        if (mailer.isConfigured()) {
            String schoolName = em.find(School.class, schoolId).getName();
            for (UserAccount recipient : recipients) {
                if (recipient.getEmail() != null) {
                    mail(recipient, request, schoolName, overdue);
                }
            }
        }
        return recipients.size();
    }

    private void mail(UserAccount recipient, AdHocRequest request, String schoolName, boolean overdue)
            throws MessagingException {
        Locale locale = Locale.forLanguageTag(recipient.getPreferredLocale() == null ? "vi"
                : recipient.getPreferredLocale());
        ResourceBundle bundle = ResourceBundle.getBundle(BundleMessageResolver.BUNDLE, locale);
        String subject = MessageFormat.format(bundle.getString(overdue ? "adhoc.mail.subjectOverdue"
                : "adhoc.mail.subject"), request.getTitle());
        String body = MessageFormat.format(bundle.getString(overdue ? "adhoc.mail.bodyOverdue" : "adhoc.mail.body"),
                schoolName, request.getTitle(), VietnameseText.date(request.getDueDate()),
                baseUrl.replaceAll("/+$", "") + "/report/adhoc-answer.xhtml?id=" + request.getId());
        mailer.send(recipient.getEmail(), subject, body);
    }
}
