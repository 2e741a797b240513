package vn.tincay.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tincay.incident.AgeGroup;
import vn.tincay.incident.GbvAnswers;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentFiled;
import vn.tincay.incident.PlaceType;
import vn.tincay.incident.Sex;
import vn.tincay.incident.SurvivorIdentity;
import vn.tincay.incident.SurvivorKind;
import vn.tincay.organisation.District;
import vn.tincay.organisation.Ownership;
import vn.tincay.organisation.Province;
import vn.tincay.organisation.School;
import vn.tincay.organisation.SchoolLevel;

/** The alert e-mail against a real SMTP server (GreenMail) started by the test. */
class UrgentAlertEmailTest {

    private static final String CANARY = "Canaryname Demo Thị Hoàng Yến";
    private static final String CANARY_NARRATIVE = "Canary narrative: what happened behind the gym";
    private static final String SCHOOL_NAME = "Trường THCS Demo Canary School";
    private static final String BASE_URL = "https://tincay.example";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts@phong.example", "alerts", "pw"));

    private static MailSettings settings(int port, boolean authenticated) {
        Map<String, String> values = new HashMap<>(Map.of(MailSettings.HOST, "127.0.0.1",
                MailSettings.PORT, Integer.toString(port), MailSettings.FROM, "tincay@phong.example"));
        if (authenticated) {
            values.put(MailSettings.USER, "alerts");
            values.put(MailSettings.PASSWORD, "pw");
        }
        return MailSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    /** An urgent report as the intake saves it, with the canary in every identity field and the narrative. */
    private static Incident urgentReport() {
        District district = new District(new Province("TDEMO", "Tỉnh Demo", "Sở Demo"), "HDEMO", "Huyện Demo",
                "Phòng Demo");
        School school = new School(district, "HDEMO-THCS", SCHOOL_NAME, SchoolLevel.LOWER_SECONDARY, Ownership.PUBLIC);
        Incident incident = new Incident("HDEMO-2026-0042", "11111111-2222-3333-4444-555555555555", school, null,
                Instant.parse("2026-03-02T02:00:00Z"));
        incident.describeIncident(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), PlaceType.SCHOOL_PREMISES, true,
                CANARY_NARRATIVE);
        incident.answer(new GbvAnswers(false, true, false, false, false, false), false, true, false, false);
        incident.describeSurvivor(new SurvivorIdentity(CANARY, "2012-05-01", "7A Canary", "Số 1 Canary Street",
                "Canary Guardian", "0999 000 111"), "hash", 13, AgeGroup.AGE_12_17, Sex.FEMALE, SurvivorKind.STUDENT,
                false);
        incident.classify();
        return incident;
    }

    private static MailContent alertFor(Incident incident, long id) {
        // What IncidentService fires after saving, and all the alert is built from.
        IncidentFiled filed = new IncidentFiled(id, incident.getCaseCode(), 1L, incident.isUrgent());
        return UrgentAlertMail.compose(filed.caseCode(), filed.incidentId(), BASE_URL);
    }

    @Test
    void everyCoordinatorGetsTheCaseCodeAndLinkAndNothingAboutTheSurvivor() throws Exception {
        MailContent mail = alertFor(urgentReport(), 42);
        List<AlertRecipient> coordinators = List.of(new AlertRecipient(1, "coordinator@hdemo.example"),
                new AlertRecipient(2, "deputy@hdemo.example"));

        AlertMailer.sendLater(new SmtpMailer(settings(SMTP.getSmtp().getPort(), false)), Runnable::run, coordinators,
                mail);

        assertTrue(SMTP.waitForIncomingEmail(5000, 2));
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(List.of("coordinator@hdemo.example", "deputy@hdemo.example"), Arrays.stream(received)
                .map(m -> recipient(m)).sorted().toList());
        for (MimeMessage message : received) {
            String subject = message.getSubject();
            String body = ((String) message.getContent());
            String raw = GreenMailUtil.getWholeMessage(message);
            assertTrue(subject.contains("HDEMO-2026-0042"), subject);
            assertTrue(body.contains("HDEMO-2026-0042"), body);
            assertTrue(body.contains("https://tincay.example/incident/view.xhtml?id=42"), body);
            assertTrue(body.contains("Mã hồ sơ") && body.contains("Case code"), body);
            for (String secret : List.of("Canaryname", "Canary narrative", "Canary Guardian", "Canary Street",
                    "7A Canary", "0999 000 111", "2012-05-01", "Canary School")) {
                assertFalse(subject.contains(secret) || body.contains(secret) || raw.contains(secret), secret);
            }
            assertEquals("tincay@phong.example", message.getFrom()[0].toString());
        }
    }

    @Test
    void anAuthenticatedServerIsUsedWithTheConfiguredUser() throws Exception {
        SmtpMailer mailer = new SmtpMailer(settings(SMTP.getSmtp().getPort(), true));
        assertTrue(AlertMailer.send(mailer, new AlertRecipient(1, "coordinator@hdemo.example"),
                alertFor(urgentReport(), 42)));
        assertTrue(SMTP.waitForIncomingEmail(5000, 1));
    }

    @Test
    void aServerThatDoesNotAnswerIsLoggedWithoutAddressOrCase() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(AlertMailer.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            boolean sent = AlertMailer.send(new SmtpMailer(settings(closedPort, false)),
                    new AlertRecipient(7, "coordinator@hdemo.example"), alertFor(urgentReport(), 42));
            assertFalse(sent);
        } finally {
            logger.removeHandler(capture);
        }
        assertEquals(1, records.size());
        String logged = new SimpleFormatter().formatMessage(records.get(0));
        assertTrue(logged.contains("account #7"), logged);
        assertFalse(logged.contains("coordinator@hdemo.example"), logged);
        assertFalse(logged.contains("HDEMO-2026-0042"), logged);
        assertEquals(null, records.get(0).getThrown());
    }

    @Test
    void withoutAnSmtpServerNothingIsSentAndTheWarningNamesNoCase() {
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(AlertMailer.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            AlertMailer.sendLater(null, r -> {
                throw new AssertionError("nothing to run");
            }, List.of(new AlertRecipient(1, "coordinator@hdemo.example")), alertFor(urgentReport(), 42));
        } finally {
            logger.removeHandler(capture);
        }
        assertEquals(1, records.size());
        assertTrue(records.get(0).getMessage().contains(MailSettings.HOST));
        assertFalse(records.get(0).getMessage().contains("HDEMO"));
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    private static String recipient(Message message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
