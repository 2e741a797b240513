package vn.tincay.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the deadline reminders over SMTP (Jakarta Mail) with the keys tincay.smtp.host, .port and
 * .from. Without a host nothing is sent. Reminders name only the unit and the period – never a case.
 */
@ApplicationScoped
public class ReportMailer {

    @Inject
    @ConfigProperty(name = "tincay.smtp.host", defaultValue = " ")
    private String host;

    @Inject
    @ConfigProperty(name = "tincay.smtp.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "tincay.smtp.from", defaultValue = "tincay@localhost")
    private String from;

    public boolean isConfigured() {
        return host != null && !host.isBlank();
    }

    /** @throws MessagingException when the server refuses the message (the caller rolls back and retries later) */
    public void send(String to, String subject, String body) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.strip());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
