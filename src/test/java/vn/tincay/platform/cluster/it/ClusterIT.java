package vn.tincay.platform.cluster.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.tincay.it.Cluster;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.HaProxy;
import vn.tincay.it.PayaraMicroProcess;
import vn.tincay.it.WebClient;

/**
 * Two Payara Micro nodes in one Hazelcast data grid, behind HAProxy, on one MariaDB database: what a
 * cluster must do that a single node never shows. The node serving a user in the middle of the incident
 * report dies (kill -9) and the next request carries on elsewhere with everything typed; the reminder job
 * that fires on both nodes every minute runs on one; an account disabled on one node is signed out on the
 * other. Timings go to target/cluster-measurements.txt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String NARRATIVE = "Em kể lại sự việc ở sân trường Demo, lời kể thử nghiệm cụm máy chủ.";

    private static GreenMail smtp;
    private static Cluster cluster;
    private static HaProxy proxy;
    private static String readUser;
    private static final List<String> MEASUREMENTS = new ArrayList<>();

    @BeforeAll
    static void startTwoNodesBehindHaProxy() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        long started = System.nanoTime();
        cluster = Cluster.start(2, database -> {
            // Read-only work goes to a "replica": here the same database through an account that may only read,
            // whose statements MariaDB counts apart.
            readUser = database.addReadOnlyUser();
            return Map.of("TINCAY_SMTP_HOST", "127.0.0.1",
                    "TINCAY_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()), "TINCAY_SMTP_FROM", "tincay@phong.example",
                    // Every node's reminder timer fires at the start of every minute, at the same moment.
                    "TINCAY_REPORT_REMINDER_HOUR", "*", "TINCAY_REPORT_REMINDER_MINUTE", "*",
                    "TINCAY_DB_READ_URL", database.applicationUrl(), "TINCAY_DB_READ_USER", readUser,
                    "TINCAY_DB_READ_PASSWORD", database.password());
        }, "it-cluster");
        MEASUREMENTS.add("two nodes started together, both ready: " + seconds(System.nanoTime() - started) + " s");
        proxy = HaProxy.start(cluster.baseUrls());
    }

    @AfterAll
    static void stop() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        if (cluster != null) {
            cluster.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        Files.write(PayaraMicroProcess.buildDir().resolve("cluster-measurements.txt"), MEASUREMENTS,
                StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void bothNodesJoinedOneDataGridAndMigratedTheDatabaseOnce() throws Exception {
        String log1 = log(0);
        String log2 = log(1);
        // Payara prints the data grid it joined; each node sees two members.
        assertTrue(membersOfTwo(log1) && membersOfTwo(log2), "both nodes report a data grid of two members");
        assertTrue(log1.contains("Session ends written by any node are read every")
                && log2.contains("Session ends written by any node are read every"), "both nodes read session ends");
        try (Connection db = cluster.database().connect(); Statement sql = db.createStatement();
             ResultSet runs = sql.executeQuery("SELECT COUNT(*), COUNT(DISTINCT version) FROM flyway_schema_history "
                     + "WHERE version IS NOT NULL");
        ) {
            runs.next();
            assertEquals(runs.getInt(2), runs.getInt(1), "every migration applied once");
        }
        try (Connection db = cluster.database().connect(); Statement sql = db.createStatement();
             ResultSet accounts = sql.executeQuery("SELECT COUNT(*) FROM user_account WHERE username = 'admin'")) {
            accounts.next();
            assertEquals(1, accounts.getInt(1), "the demo data loaded once");
        }
    }

    @Test
    @Order(2)
    void theReminderJobThatFiresOnBothNodesRunsOnOneAndSendsEachReminderOnce() throws Exception {
        LocalDate today = LocalDate.now(VIETNAM);
        long periodId;
        try (Connection db = cluster.database().connect()) {
            PreparedStatement insert = db.prepareStatement("INSERT INTO reporting_period (district_id, year, kind, "
                    + "covers_from, covers_to, due_date, updated_by, updated_at) SELECT id, 2099, 'INTERIM', ?, ?, ?, "
                    + "'test', UTC_TIMESTAMP(3) FROM district WHERE code = 'HDEMO'", Statement.RETURN_GENERATED_KEYS);
            insert.setObject(1, today.minusMonths(6));
            insert.setObject(2, today.minusDays(1));
            insert.setObject(3, today.plusDays(3));
            assertEquals(1, insert.executeUpdate());
            ResultSet key = insert.getGeneratedKeys();
            key.next();
            periodId = key.getLong(1);
        }
        // An ad-hoc report due yesterday that no school has answered: each school is reminded once, as overdue.
        long adHocId;
        try (Connection db = cluster.database().connect()) {
            PreparedStatement insert = db.prepareStatement("INSERT INTO adhoc_request (district_id, title, due_date, "
                    + "created_by, created_at) SELECT id, 'Báo cáo đột xuất thử nghiệm cụm máy chủ', ?, 'coordinator', UTC_TIMESTAMP(3) "
                    + "FROM district WHERE code = 'HDEMO'", Statement.RETURN_GENERATED_KEYS);
            insert.setObject(1, today.minusDays(1));
            assertEquals(1, insert.executeUpdate());
            ResultSet key = insert.getGeneratedKeys();
            key.next();
            adHocId = key.getLong(1);
            PreparedStatement question = db.prepareStatement("INSERT INTO adhoc_question (request_id, position, question) "
                    + "VALUES (?, 0, 'Số buổi tuyên truyền?')");
            question.setLong(1, adHocId);
            assertEquals(1, question.executeUpdate());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        long reminded = 0;
        while (System.nanoTime() < deadline && reminded == 0) {
            Thread.sleep(2000);
            reminded = count("SELECT COUNT(*) FROM report_reminder WHERE period_id = " + periodId);
        }
        assertTrue(reminded > 0, "reminders went out within two and a half minutes");
        Thread.sleep(3000);

        Map<String, Integer> perRecipient = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject() != null && message.getSubject().contains("2099")) {
                for (Address to : message.getAllRecipients()) {
                    perRecipient.merge(to.toString(), 1, Integer::sum);
                }
            }
        }
        // The schools' deadline is in three days; the district office's own comes later, so the school is reminded.
        assertTrue(perRecipient.containsKey("principal1@demo.example"), perRecipient::toString);
        perRecipient.forEach((to, count) -> assertEquals(1, count, to + " got one reminder"));
        assertEquals(reminded, count("SELECT COUNT(*) FROM report_reminder WHERE period_id = " + periodId));

        long schoolsToRemind = count("SELECT COUNT(DISTINCT s.id) FROM school s JOIN district d ON d.id = s.district_id "
                + "JOIN user_account a ON a.school_id = s.id AND a.role = 'SCHOOL_FOCAL_POINT' AND a.enabled = 1 "
                + "WHERE d.code = 'HDEMO' AND s.active = 1");
        long adHocDeadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < adHocDeadline
                && count("SELECT COUNT(*) FROM adhoc_reminder WHERE request_id = " + adHocId) < schoolsToRemind) {
            Thread.sleep(1000);
        }
        Thread.sleep(2000);
        assertEquals(schoolsToRemind, count("SELECT COUNT(*) FROM adhoc_reminder WHERE overdue = 1 AND request_id = "
                + adHocId), "every school with a focal point reminded of the overdue ad-hoc report, once");
        Map<String, Integer> adHocMails = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject() != null && message.getSubject().contains("Báo cáo đột xuất thử nghiệm cụm máy chủ")) {
                assertTrue(message.getSubject().startsWith("Báo cáo đột xuất đã quá hạn nộp"), message.getSubject());
                for (Address to : message.getAllRecipients()) {
                    adHocMails.merge(to.toString(), 1, Integer::sum);
                }
            }
        }
        assertTrue(adHocMails.containsKey("principal1@demo.example"), adHocMails::toString);
        adHocMails.forEach((to, mails) -> assertEquals(1, mails, to + " got one ad-hoc reminder"));
        assertEquals(count("SELECT SUM(recipients) FROM adhoc_reminder WHERE request_id = " + adHocId),
                count("SELECT COUNT(*) FROM notification WHERE kind = 'ADHOC_OVERDUE' AND adhoc_request_id = " + adHocId));

        // Every minute both timers fired; the log of each run names the one node that ran it.
        Map<String, List<String>> byPeriod = new LinkedHashMap<>();
        for (int node = 0; node < 2; node++) {
            Matcher line = Pattern.compile("Job report-reminders (\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d) (runs on|skipped on)")
                    .matcher(log(node));
            while (line.find()) {
                byPeriod.computeIfAbsent(line.group(1), p -> new ArrayList<>()).add(line.group(2));
            }
        }
        List<String> firedOnBoth = byPeriod.entrySet().stream().filter(e -> e.getValue().size() == 2)
                .map(Map.Entry::getKey).toList();
        assertTrue(firedOnBoth.size() >= 1, "the timers of both nodes fired in the same minutes: " + byPeriod);
        byPeriod.forEach((period, outcomes) -> assertEquals(1, outcomes.stream().filter("runs on"::equals).count(),
                period + ": " + outcomes));
        assertEquals(byPeriod.size(), count("SELECT COUNT(*) FROM job_run WHERE job = 'report-reminders' "
                + "AND period LIKE '____-__-__T__:__'"), "one claim per minute");
        MEASUREMENTS.add("reminder minutes fired on both nodes: " + firedOnBoth.size() + ", each run on one node");
    }

    @Test
    @Order(3)
    void anAccountDisabledThroughOneNodeIsSignedOutOnTheOther() throws Exception {
        WebClient staff = new WebClient(cluster.node(1).baseUrl(), null)
                .signedIn(DemoAccount.STAFF2.username(), DemoAccount.PASSWORD);
        assertEquals(200, staff.get("/incident/list.xhtml").statusCode());
        WebClient admin = new WebClient(cluster.node(0).baseUrl(), null)
                .signedIn(DemoAccount.ADMIN.username(), DemoAccount.PASSWORD);
        long id = count("SELECT id FROM user_account WHERE username = '" + DemoAccount.STAFF2.username() + "'");
        WebClient.Page account = admin.open("/admin/user.xhtml?id=" + id);
        HttpResponse<String> disabled = admin.submit(account, "statusForm", "statusForm:disable", Map.of());
        assertTrue(disabled.statusCode() < 400, disabled::toString);
        assertEquals(0, count("SELECT enabled FROM user_account WHERE id = " + id));
        long at = System.nanoTime();

        HttpResponse<String> answer;
        do {
            answer = staff.get("/incident/list.xhtml");
        } while (answer.statusCode() == 200 && System.nanoTime() - at < Duration.ofSeconds(15).toNanos()
                && sleep(200));
        assertEquals(302, answer.statusCode(), "the other node no longer serves the disabled account");
        assertTrue(answer.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        MEASUREMENTS.add("account disabled on node 1, its session on node 2 ended after " + seconds(System.nanoTime() - at)
                + " s");
        assertEquals(302, staff.get("/home.xhtml").statusCode(), "and stays signed out");
    }

    @Test
    @Order(4)
    void statisticsAndTheirExportReadFromTheReadDatabaseWhenOneIsConfigured() throws Exception {
        try (Connection admin = vn.tincay.it.TestDatabase.adminConnection(""); Statement sql = admin.createStatement()) {
            sql.execute("SET GLOBAL userstat = 1");
        }
        long before = readStatements();
        WebClient coordinator = new WebClient(proxy.baseUrl(), null).signedIn(DemoAccount.COORDINATOR.username(),
                DemoAccount.PASSWORD);
        assertEquals(200, coordinator.get("/statistics/index.xhtml").statusCode());
        assertEquals(200, coordinator.get("/statistics/export.xlsx").statusCode());
        long read = readStatements() - before;
        assertTrue(read >= 2, "the statistics ran " + read + " queries as the read-only account");
        MEASUREMENTS.add("statistics page and export: " + read + " queries on the read database");
    }

    private static long readStatements() throws Exception {
        try (Connection admin = vn.tincay.it.TestDatabase.adminConnection("");
             PreparedStatement query = admin.prepareStatement(
                     "SELECT SELECT_COMMANDS FROM information_schema.USER_STATISTICS WHERE USER = ?")) {
            query.setString(1, readUser);
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }
    }

    @Test
    @Order(5)
    void whenTheNodeServingAUserInTheMiddleOfTheReportDiesTheNextRequestGoesOnElsewhereWithEverythingTyped()
            throws Exception {
        WebClient staff = new WebClient(proxy.baseUrl(), null).signedIn(DemoAccount.STAFF1.username(),
                DemoAccount.PASSWORD);
        WebClient.Page step1 = staff.open("/incident/new.xhtml");
        assertEquals(200, step1.status());
        WebClient.Page step2 = staff.follow(staff.submit(step1, "intakeForm", "intakeForm:next", Map.of(
                "intakeForm:incidentDate_input", "01/11/2026", "intakeForm:placeType", "SCHOOL_PREMISES")));
        assertTrue(step2.document().getElementById("intakeForm:narrative") != null, "on step 2: " + text(step2));
        Map<String, String> answers = new HashMap<>();
        for (String question : List.of("qPenetration", "qSexualContact", "qPhysical", "qForcedMarriage", "qDenial")) {
            answers.put("intakeForm:" + question, "NO");
        }
        answers.put("intakeForm:qPsychological", "YES");
        answers.put("intakeForm:narrative", NARRATIVE);
        WebClient.Page step3 = page(staff.submit(step2, "intakeForm", "intakeForm:next", answers));
        assertTrue(step3.document().getElementById("intakeForm:survivorAgeGroup") != null, "on step 3: " + text(step3));

        String servedBy = staff.cookie(HaProxy.NODE_COOKIE).orElseThrow();
        String session = staff.cookie(WebClient.SESSION_COOKIE).orElseThrow();
        int index = Integer.parseInt(servedBy.substring(1)) - 1;
        long killedAt = System.nanoTime();
        cluster.node(index).kill();
        assertFalse(cluster.node(index).isAlive());

        // Back to step 2 on whichever node is left: the form, the view and the session came along.
        HttpResponse<String> back = staff.submit(step3, "intakeForm", "intakeForm:back", Map.of());
        long failover = System.nanoTime() - killedAt;
        assertEquals(200, back.statusCode(), () -> back.body() + "\n" + proxy.logTail(20));
        WebClient.Page again = page(back);
        assertEquals(NARRATIVE, again.document().getElementById("intakeForm:narrative").text(), text(again));
        assertTrue(again.document().select("input[name=intakeForm:qPsychological][value=YES][checked]").size() == 1,
                "the answer typed before is still chosen");
        assertNotEquals(servedBy, staff.cookie(HaProxy.NODE_COOKIE).orElseThrow(), "another node answered");
        assertEquals(session, staff.cookie(WebClient.SESSION_COOKIE).orElseThrow(), "in the same session");
        WebClient.Page first = page(staff.submit(again, "intakeForm", "intakeForm:back", Map.of()));
        assertEquals("01/11/2026", first.document().getElementById("intakeForm:incidentDate_input").val());
        MEASUREMENTS.add("node " + servedBy + " killed (kill -9) after two steps of the report; the next request "
                + "answered by the other node with the typed values after " + seconds(failover) + " s");
    }

    private static WebClient.Page page(HttpResponse<String> response) {
        Document document = Jsoup.parse(response.body(), response.uri().toString());
        return new WebClient.Page(response, document);
    }

    private static String text(WebClient.Page page) {
        return page.status() + " " + page.document().text();
    }

    private static boolean membersOfTwo(String log) {
        return log.contains("DG Size: 2");
    }

    private static String log(int node) throws Exception {
        return Files.readString(cluster.node(node).log(), StandardCharsets.UTF_8);
    }

    private static long count(String query) throws Exception {
        try (Connection db = cluster.database().connect(); Statement sql = db.createStatement();
             ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
