package vn.tincay.report;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.web.BundleMessageResolver;
import vn.tincay.register.ReportingPeriod;
import vn.tincay.report.document.VietnameseText;
import vn.tincay.security.Role;

/**
 * Deadline reminders: a configurable number of days before a report is due
 * ({@code tincay.report.reminder-days}, default 7) every unit that has not submitted yet gets one
 * e-mail – the school's focal points, or the district's coordinators for the district report. The
 * row in report_reminder, written in the same transaction as the sending, makes it go out once.
 * Called only by {@link ReportReminderTimer}; there is no caller to check.
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

    @Inject
    @ConfigProperty(name = "tincay.report.reminder-days", defaultValue = "7")
    private int reminderDays;

    @Inject
    @ConfigProperty(name = "tincay.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    private final Clock clock = Clock.systemUTC();

    /** A unit to remind for a period. */
    public record Due(long periodId, long districtId, Long schoolId) {
    }

    /** The units whose report is due within the window, not submitted and not yet reminded. */
    public List<Due> due() {
        LocalDate today = LocalTime.today(clock);
        List<Due> result = new ArrayList<>();
        if (!mailer.isConfigured()) {
            LOG.info("No SMTP host configured (tincay.smtp.host): report reminders are not sent");
            return result;
        }
        for (ReportingPeriod period : em.createQuery("SELECT p FROM ReportingPeriod p WHERE p.dueDate BETWEEN :a AND :b",
                        ReportingPeriod.class)
                .setParameter("a", today).setParameter("b", today.plusDays(Math.max(0, reminderDays))).getResultList()) {
            long districtId = period.getDistrict().getId();
            List<Long> units = new ArrayList<>(em.createQuery("SELECT s.id FROM School s WHERE s.district.id = :d "
                    + "AND s.active = TRUE", Long.class).setParameter("d", districtId).getResultList());
            units.add(0L);
            for (Long unitKey : units) {
                boolean submitted = !em.createQuery("SELECT r.id FROM PeriodicReport r WHERE r.periodId = :p "
                                + "AND r.district.id = :d AND r.unitKey = :u AND r.firstSubmittedAt IS NOT NULL", Long.class)
                        .setParameter("p", period.getId()).setParameter("d", districtId).setParameter("u", unitKey)
                        .getResultList().isEmpty();
                boolean reminded = !em.createQuery("SELECT m.id FROM ReportReminder m WHERE m.periodId = :p "
                                + "AND m.districtId = :d AND m.unitKey = :u", Long.class)
                        .setParameter("p", period.getId()).setParameter("d", districtId).setParameter("u", unitKey)
                        .getResultList().isEmpty();
                if (ReminderRule.shouldRemind(today, period.getDueDate(), reminderDays, submitted, reminded)) {
                    result.add(new Due(period.getId(), districtId, unitKey == 0L ? null : unitKey));
                }
            }
        }
        return result;
    }

    /**
     * Reminds one unit in a transaction of its own: the reminder row is written first (its unique key
     * stops a second sending), then the mails go out; a failure rolls both back for tomorrow's run.
     * @return how many people were written to (0: nobody with an e-mail address; nothing recorded)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remind(Due due) throws MessagingException {
        ReportingPeriod period = em.find(ReportingPeriod.class, due.periodId());
        List<UserAccount> recipients = due.schoolId() == null
                ? em.createQuery("SELECT a FROM UserAccount a WHERE a.role = :r AND a.district.id = :d "
                        + "AND a.enabled = TRUE AND a.email IS NOT NULL", UserAccount.class)
                .setParameter("r", Role.DISTRICT_COORDINATOR).setParameter("d", due.districtId()).getResultList()
                : em.createQuery("SELECT a FROM UserAccount a WHERE a.role = :r AND a.school.id = :s "
                        + "AND a.enabled = TRUE AND a.email IS NOT NULL", UserAccount.class)
                .setParameter("r", Role.SCHOOL_FOCAL_POINT).setParameter("s", due.schoolId()).getResultList();
        if (recipients.isEmpty()) {
            return 0;
        }
        em.persist(new ReportReminder(due.periodId(), due.districtId(), due.schoolId(), recipients.size(),
                Instant.now(clock)));
        em.flush();
        String unitName = due.schoolId() == null ? em.find(District.class, due.districtId()).getOfficeName()
                : em.find(School.class, due.schoolId()).getName();
        for (UserAccount recipient : recipients) {
            Locale locale = Locale.forLanguageTag(recipient.getPreferredLocale() == null ? "vi"
                    : recipient.getPreferredLocale());
            ResourceBundle bundle = ResourceBundle.getBundle(BundleMessageResolver.BUNDLE, locale);
            String kind = bundle.getString("ReportKind." + period.getKind().name());
            String subject = MessageFormat.format(bundle.getString("report.mail.subject"), kind,
                    Integer.toString(period.getYear()));
            String body = MessageFormat.format(bundle.getString("report.mail.body"), unitName, kind,
                    Integer.toString(period.getYear()), VietnameseText.date(period.getCoversFrom()),
                    VietnameseText.date(period.getCoversTo()), VietnameseText.date(period.getDueDate()),
                    baseUrl.replaceAll("/+$", "") + "/report/index.xhtml");
            mailer.send(recipient.getEmail(), subject, body);
        }
        LOG.info(() -> "Report reminder sent for period " + due.periodId() + " to unit "
                + (due.schoolId() == null ? "district office" : "school " + due.schoolId()));
        return recipients.size();
    }
}
