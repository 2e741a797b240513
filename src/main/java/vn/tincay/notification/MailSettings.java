package vn.tincay.notification;

import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Where alert e-mails go, from MicroProfile Config: {@code tincay.smtp.host} (empty: no e-mail),
 * {@code tincay.smtp.port} (25), {@code tincay.smtp.from}, optional {@code tincay.smtp.user} and
 * {@code tincay.smtp.password}, {@code tincay.smtp.starttls} (false).
 */
public record MailSettings(String host, int port, String from, String user, String password, boolean startTls) {

    public static final String HOST = "tincay.smtp.host";
    public static final String PORT = "tincay.smtp.port";
    public static final String FROM = "tincay.smtp.from";
    public static final String USER = "tincay.smtp.user";
    public static final String PASSWORD = "tincay.smtp.password";
    public static final String STARTTLS = "tincay.smtp.starttls";

    public static final int DEFAULT_PORT = 25;
    public static final String DEFAULT_FROM = "tincay@localhost";
    static final String TIMEOUT_MILLIS = "10000";

    /**
     * @param config a configuration lookup; blank values count as missing
     * @throws IllegalArgumentException when a value is malformed (the message names the key, never the value)
     */
    public static MailSettings from(Function<String, Optional<String>> config) {
        String host = value(config, HOST).orElse(null);
        int port = value(config, PORT).map(MailSettings::port).orElse(DEFAULT_PORT);
        String from = value(config, FROM).orElse(DEFAULT_FROM);
        if (!from.matches("^[^@\\s<>]+@[^@\\s<>]+$")) {
            throw new IllegalArgumentException(FROM + " must be a plain e-mail address");
        }
        String user = value(config, USER).orElse(null);
        String password = value(config, PASSWORD).orElse(null);
        boolean startTls = value(config, STARTTLS).map(MailSettings::flag).orElse(false);
        return new MailSettings(host, port, from, user, password, startTls);
    }

    /** E-mail is switched off when no SMTP host is configured. */
    public boolean enabled() {
        return host != null;
    }

    public boolean authenticates() {
        return user != null;
    }

    /** Jakarta Mail session properties; short time-outs so a dead server never holds a thread for long. */
    public Properties sessionProperties() {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.from", from);
        p.setProperty("mail.smtp.auth", Boolean.toString(authenticates()));
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
        p.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        p.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        p.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        return p;
    }

    @Override
    public String toString() {
        // Never print the password.
        return "MailSettings[host=" + host + ", port=" + port + ", from=" + from + ", user=" + user
                + ", startTls=" + startTls + "]";
    }

    private static Optional<String> value(Function<String, Optional<String>> config, String key) {
        return config.apply(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(PORT + " must be a port number (1-65535)");
    }

    private static boolean flag(String text) {
        if ("true".equalsIgnoreCase(text)) {
            return true;
        }
        if ("false".equalsIgnoreCase(text)) {
            return false;
        }
        throw new IllegalArgumentException(STARTTLS + " must be true or false");
    }
}
