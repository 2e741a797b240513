package vn.tincay.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private static MailSettings parse(Map<String, String> values) {
        return MailSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void withoutAHostNoEmailIsSent() {
        assertFalse(parse(Map.of()).enabled());
        assertFalse(parse(Map.of(MailSettings.HOST, "   ")).enabled());
    }

    @Test
    void aHostAloneIsEnoughWithPort25AndNoAuthentication() {
        MailSettings settings = parse(Map.of(MailSettings.HOST, "smtp.example"));
        assertTrue(settings.enabled());
        assertEquals(25, settings.port());
        assertEquals(MailSettings.DEFAULT_FROM, settings.from());
        assertFalse(settings.authenticates());
        assertFalse(settings.startTls());
        Properties session = settings.sessionProperties();
        assertEquals("smtp.example", session.getProperty("mail.smtp.host"));
        assertEquals("25", session.getProperty("mail.smtp.port"));
        assertEquals("false", session.getProperty("mail.smtp.auth"));
        assertEquals(MailSettings.TIMEOUT_MILLIS, session.getProperty("mail.smtp.connectiontimeout"));
    }

    @Test
    void everySettingIsRead() {
        MailSettings settings = parse(Map.of(MailSettings.HOST, " smtp.example ", MailSettings.PORT, "587",
                MailSettings.FROM, "tincay@phong.example", MailSettings.USER, "alerts",
                MailSettings.PASSWORD, "s3cret", MailSettings.STARTTLS, "TRUE"));
        assertEquals("smtp.example", settings.host());
        assertEquals(587, settings.port());
        assertEquals("tincay@phong.example", settings.from());
        assertTrue(settings.authenticates());
        assertTrue(settings.startTls());
        Properties session = settings.sessionProperties();
        assertEquals("true", session.getProperty("mail.smtp.auth"));
        assertEquals("true", session.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", session.getProperty("mail.smtp.starttls.required"));
    }

    @Test
    void aPasswordWithoutUserDoesNotSwitchAuthenticationOn() {
        MailSettings settings = parse(Map.of(MailSettings.HOST, "smtp.example", MailSettings.PASSWORD, "x"));
        assertFalse(settings.authenticates());
        assertNull(settings.user());
    }

    @Test
    void aMalformedPortIsRefusedNamingTheKeyButNotTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse(Map.of(MailSettings.HOST, "h", MailSettings.PORT, "twenty-five")));
        assertTrue(e.getMessage().contains(MailSettings.PORT));
        assertFalse(e.getMessage().contains("twenty-five"));
        assertThrows(IllegalArgumentException.class, () -> parse(Map.of(MailSettings.PORT, "0")));
        assertThrows(IllegalArgumentException.class, () -> parse(Map.of(MailSettings.PORT, "65536")));
    }

    @Test
    void startTlsMustBeTrueOrFalse() {
        assertThrows(IllegalArgumentException.class, () -> parse(Map.of(MailSettings.STARTTLS, "yes")));
    }

    @Test
    void theSenderMustBeAPlainAddress() {
        assertThrows(IllegalArgumentException.class, () -> parse(Map.of(MailSettings.FROM, "Tin Cay <a@b>")));
        assertThrows(IllegalArgumentException.class, () -> parse(Map.of(MailSettings.FROM, "nobody")));
    }

    @Test
    void thePasswordIsNeverPrinted() {
        MailSettings settings = parse(Map.of(MailSettings.HOST, "h", MailSettings.USER, "u",
                MailSettings.PASSWORD, "very-secret-password"));
        assertFalse(settings.toString().contains("very-secret-password"));
    }
}
