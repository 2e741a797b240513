package vn.tincay.notification;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Sends plain-text UTF-8 e-mail through the configured SMTP server, with a session built from the settings. */
public class SmtpMailer {

    private final MailSettings settings;
    private final Session session;

    public SmtpMailer(MailSettings settings) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException("No SMTP host configured");
        }
        this.settings = settings;
        Authenticator authenticator = settings.authenticates() ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        } : null;
        this.session = Session.getInstance(settings.sessionProperties(), authenticator);
    }

    public void send(String to, MailContent content) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(content.subject(), StandardCharsets.UTF_8.name());
        message.setText(content.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(Instant.now()));
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }
}
