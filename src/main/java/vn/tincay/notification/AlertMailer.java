package vn.tincay.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Sends urgent-alert e-mails in the background, so filing a report never waits for the SMTP
 * server. A failure is logged without the case code, the address or the server's reply.
 */
@ApplicationScoped
public class AlertMailer {

    public static final String BASE_URL = "tincay.base-url";
    public static final String DEFAULT_BASE_URL = "http://localhost:8080";

    private static final Logger LOG = Logger.getLogger(AlertMailer.class.getName());

    @Inject
    private Config config;

    @Resource
    private ManagedExecutorService executor;

    private SmtpMailer mailer;
    private String baseUrl;

    @PostConstruct
    void configure() {
        baseUrl = config.getOptionalValue(BASE_URL, String.class).filter(v -> !v.isBlank()).orElse(DEFAULT_BASE_URL);
        try {
            MailSettings settings = MailSettings.from(key -> config.getOptionalValue(key, String.class));
            mailer = settings.enabled() ? new SmtpMailer(settings) : null;
        } catch (IllegalArgumentException e) {
            LOG.severe("Alert e-mail is off: " + e.getMessage());
            mailer = null;
        }
    }

    public void sendLater(List<AlertRecipient> recipients, String caseCode, long incidentId) {
        sendLater(mailer, executor, recipients, UrgentAlertMail.compose(caseCode, incidentId, baseUrl));
    }

    static void sendLater(SmtpMailer mailer, Executor executor, List<AlertRecipient> recipients, MailContent mail) {
        if (recipients.isEmpty()) {
            return;
        }
        if (mailer == null) {
            LOG.warning("An urgent alert was not e-mailed: no SMTP server is configured (" + MailSettings.HOST + ")");
            return;
        }
        for (AlertRecipient recipient : recipients) {
            executor.execute(() -> send(mailer, recipient, mail));
        }
    }

    static boolean send(SmtpMailer mailer, AlertRecipient recipient, MailContent mail) {
        try {
            mailer.send(recipient.email(), mail);
            return true;
        } catch (MessagingException | RuntimeException e) {
            // The exception's message may quote the address or the server's reply: log its type only.
            LOG.log(Level.WARNING, "Urgent alert e-mail to account #{0} failed: {1}",
                    new Object[] {recipient.accountId(), e.getClass().getName()});
            return false;
        }
    }
}
