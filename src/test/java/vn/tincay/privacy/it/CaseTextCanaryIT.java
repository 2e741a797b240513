package vn.tincay.privacy.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.Db;
import vn.tincay.incident.it.Report;
import vn.tincay.incident.it.Screen;
import vn.tincay.it.Browser;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TestDatabase;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * A canary name typed into every free-text field of a case – identity, narrative, coordination
 * (action, outcome, next step), referral needs, the legal-basis reason, the service's notes, status
 * notes, an attachment's file name, an identity correction, a retention hold, a breach – on a server
 * of its own (MariaDB, e-mail to GreenMail). Then it is looked for in a full mysqldump of the
 * database, the server log, every e-mail and every export: found nowhere in plain text, without
 * diacritics or in Base64. (The survivor's own data copy is meant to carry it and is not an export.)
 */
class CaseTextCanaryIT {

    private static final String TOKEN = "Kanari" + TestAccount.uniqueName("x").substring(2, 8);
    private static final String NAME = "Lê Thị Quỳnh " + TOKEN;

    private static GreenMail smtp;
    private static RunningApp app;
    private static Api.Filed filed;
    private static final Map<String, String> EXPORTS = new LinkedHashMap<>();
    private static String casePage;

    @BeforeAll
    static void typeTheCanaryEverywhere() throws Exception {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        app = TinCayServer.startOnOwnDatabase(Map.of("TINCAY_SMTP_HOST", "127.0.0.1",
                "TINCAY_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "TINCAY_SMTP_FROM", "tincay@phong.example", "TINCAY_DUPLICATES_MAX_PER_HOUR", "4"),
                "it-server-canary.log");
        WebClient staffClient = new WebClient(app).signedIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD);
        Api staff = Api.of(app, staffClient);
        filed = staff.file(Report.incident().urgent().yes("sexualContact").survivor(NAME, 14)
                .narrative("Em " + TOKEN + " kể lại sự việc.").address("Nhà " + TOKEN + ", Thôn Demo")
                .guardian("Phụ huynh " + TOKEN, "0900 000 777").set("survivorClass", "8" + TOKEN.substring(0, 3))
                .consent("BOTH", true, true, true));
        WebClient coordinatorClient = new WebClient(app).signedIn(DemoAccount.COORDINATOR.username(),
                DemoAccount.PASSWORD);
        Api coordinator = Api.of(app, coordinatorClient);
        String base = "/api/v1/incidents/" + filed.id();
        assertEquals(201, coordinator.post(base + "/coordination-entries", Map.of("agency", "POLICE",
                "actionTaken", "Gặp em " + TOKEN, "outcome", "Em " + TOKEN + " an toàn",
                "nextStep", "Thăm nhà " + TOKEN, "nextStepDue", Report.today().plusDays(2).toString())).status());
        assertEquals(201, coordinator.post(base + "/referrals", Map.of("serviceOrganisationId",
                Db.organisationId(app, "SOCIAL_WORK_CENTRE"), "basis", "CONSENT", "needs", "Hỗ trợ em " + TOKEN))
                .status());
        assertEquals(201, coordinator.post(base + "/referrals", Map.of("serviceOrganisationId",
                Db.organisationId(app, "SAFE_HOUSE"), "basis", "IMMEDIATE_DANGER",
                "basisReason", "Em " + TOKEN + " đang gặp nguy hiểm", "needs", "Chỗ ở cho em " + TOKEN)).status());
        Api service = Api.of(app, new WebClient(app).signedIn(DemoAccount.SERVICE.username(), DemoAccount.PASSWORD));
        long referral = Db.number(app, "SELECT MIN(id) FROM referral WHERE incident_id = ?", filed.id());
        Api.Answer accepted = service.post("/api/v1/referrals/" + referral + "/accept",
                Map.of("version", Db.number(app, "SELECT version FROM referral WHERE id = ?", referral),
                        "note", "Nhận em " + TOKEN));
        assertEquals(200, accepted.status(), accepted::toString);
        Api.Answer provided = service.post("/api/v1/referrals/" + referral + "/service-provided",
                Map.of("version", Db.number(app, "SELECT version FROM referral WHERE id = ?", referral),
                        "note", "Đã tư vấn em " + TOKEN));
        assertEquals(200, provided.status(), provided::toString);
        for (String[] move : new String[][] {{"VERIFYING", null}, {"IN_PROGRESS", null}, {"CLOSED", "RESOLVED"}}) {
            int version = ((Number) coordinator.detail(filed.id()).get("version")).intValue();
            Map<String, Object> change = new LinkedHashMap<>(Map.of("version", version, "status", move[0],
                    "note", "Ghi chú về em " + TOKEN));
            if (move[1] != null) {
                change.put("reason", move[1]);
                change.put("referralsSentConfirmed", true);
            }
            assertEquals(204, coordinator.post(base + "/status", change).status(), move[0]);
        }
        assertEquals(204, coordinator.post(base + "/rights/identity-corrections", Map.of("field", "ADDRESS",
                "value", "Nhà mới của em " + TOKEN, "requestedBy", "GUARDIAN")).status());
        assertEquals(204, coordinator.post(base + "/rights/retention-hold",
                Map.of("reason", "Tòa xử vụ em " + TOKEN)).status());
        coordinator.post("/api/v1/incidents/search", Map.of("filter", Map.of("survivorName", "le thi quynh " + TOKEN)));
        Api admin = Api.of(app, new WebClient(app).signedIn(DemoAccount.ADMIN.username(), DemoAccount.PASSWORD));
        assertEquals(201, admin.post("/api/v1/privacy/breaches", Map.of("discoveredAt", java.time.Instant.now()
                .minusSeconds(3600).toString(), "description", "Lộ hồ sơ em " + TOKEN, "dataAffected",
                "SURVIVOR_IDENTITY")).status());
        uploadAnAttachmentNamedAfterTheCanary(staffClient);
        // Duplicate lookups with the canary's name, past the hourly limit of this server.
        for (int i = 0; i < 5; i++) {
            staff.post("/api/v1/incidents?duplicatesReviewed=true", Report.incident().yes("psychological")
                    .survivor("Lê Quỳnh " + TOKEN, 14).json());
        }
        collectExports(coordinatorClient, admin);
        smtp.waitForIncomingEmail(15_000, 1);
    }

    private static void uploadAnAttachmentNamedAfterTheCanary(WebClient staffClient) throws IOException {
        Path folder = Files.createTempDirectory("tincay-canary-");
        Path file = folder.resolve("Biên bản em " + TOKEN + ".pdf");
        Files.writeString(file, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", StandardCharsets.ISO_8859_1);
        try (Browser browser = Browser.open(app, Browser.Device.DESKTOP)) {
            browser.signIn(DemoAccount.PRINCIPAL1.username(), DemoAccount.PASSWORD);
            browser.go("/incident/view.xhtml?id=" + filed.id());
            browser.driver().findElement(By.cssSelector("#attachmentForm input[type=file]")).sendKeys(file.toString());
            new Screen(browser).waitUntil(d -> Db.number(app, "SELECT COUNT(*) FROM attachment WHERE incident_id = ?",
                    filed.id()) > 0);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    private static void collectExports(WebClient coordinator, Api admin) {
        EXPORTS.put("statistics.xlsx", unzipped(Api.of(app, coordinator).download("/statistics/export.xlsx").body()));
        WebClient province = new WebClient(app).signedIn(DemoAccount.PROVINCE.username(), DemoAccount.PASSWORD);
        EXPORTS.put("province.xlsx", unzipped(Api.of(app, province).download("/province/statistics.xlsx").body()));
        Api api = Api.of(app, coordinator);
        EXPORTS.put("api list", api.get("/api/v1/incidents?size=200").body());
        EXPORTS.put("api detail", api.get("/api/v1/incidents/" + filed.id()).body());
        EXPORTS.put("api retention", api.get("/api/v1/privacy/retention").body());
        casePage = coordinator.open("/incident/view.xhtml?id=" + filed.id()).document().outerHtml();
        EXPORTS.put("notifications", coordinator.open("/district/notifications.xhtml").document().outerHtml());
        EXPORTS.put("retention page", coordinator.open("/district/retention.xhtml").document().outerHtml());
        WebClient adminPages = new WebClient(app).signedIn(DemoAccount.ADMIN.username(), DemoAccount.PASSWORD);
        EXPORTS.put("audit page", adminPages.open("/admin/audit.xhtml?case=" + filed.caseCode()).document()
                .outerHtml());
        EXPORTS.put("audit api-free page 2", adminPages.open("/admin/audit.xhtml").document().outerHtml());
    }

    /** The text of every part of an Office file (a zip), which is where a canary would be. */
    static String unzipped(byte[] workbook) {
        StringBuilder text = new StringBuilder();
        try {
            Path file = Files.createTempFile("tincay-export-", ".zip");
            try {
                Files.write(file, workbook);
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                    for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                        var entry = entries.nextElement();
                        text.append("[").append(entry.getName()).append("]").append(new String(
                                zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** The canary as plain text, without diacritics and in Base64 at each of the three alignments. */
    static List<String> needles() {
        List<String> needles = new ArrayList<>(List.of(TOKEN, TOKEN.toLowerCase(Locale.ROOT),
                TOKEN.toUpperCase(Locale.ROOT), "Quỳnh " + TOKEN, withoutDiacritics("Quỳnh " + TOKEN)));
        for (String text : List.of(TOKEN, "Quỳnh " + TOKEN)) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (int shift = 0; shift < 3; shift++) {
                byte[] shifted = new byte[bytes.length + shift];
                System.arraycopy(bytes, 0, shifted, shift, bytes.length);
                String encoded = Base64.getEncoder().encodeToString(shifted);
                // Drop the characters that also depend on the bytes around the text.
                int from = shift == 0 ? 0 : (shift + 2) / 3 * 4;
                int to = encoded.length() - 4;
                if (to - from >= 8) {
                    needles.add(encoded.substring(from, to));
                }
            }
        }
        return needles;
    }

    static String withoutDiacritics(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
    }

    private static void assertNoCanary(String where, String text) {
        assertAll(needles().stream().map(needle -> () -> assertFalse(text.contains(needle),
                "\"" + needle + "\" found in " + where)));
    }

    @Test
    void theCanaryWasReallyTypedIntoEveryFreeTextFieldAndIsStoredEncrypted() {
        assertAll(
                () -> assertEquals(1L, Db.number(app, "SELECT COUNT(*) FROM coordination_entry WHERE incident_id = ? "
                        + "AND action_taken LIKE 'v1:%' AND outcome LIKE 'v1:%' AND next_step LIKE 'v1:%'", filed.id())),
                () -> assertEquals(2L, Db.number(app, "SELECT COUNT(*) FROM referral WHERE incident_id = ? "
                        + "AND needs LIKE 'v1:%'", filed.id())),
                () -> assertEquals(1L, Db.number(app, "SELECT COUNT(*) FROM referral WHERE incident_id = ? "
                        + "AND basis_reason LIKE 'v1:%' AND basis = 'IMMEDIATE_DANGER'", filed.id())),
                () -> assertEquals(1L, Db.number(app, "SELECT COUNT(*) FROM referral WHERE incident_id = ? "
                        + "AND response_note LIKE 'v1:%' AND service_provided LIKE 'v1:%'", filed.id())),
                () -> assertEquals(3L, Db.number(app, "SELECT COUNT(*) FROM incident_status_change WHERE incident_id = ? "
                        + "AND note LIKE 'v1:%'", filed.id())),
                () -> assertEquals(1L, Db.number(app, "SELECT COUNT(*) FROM identity_correction WHERE incident_id = ? "
                        + "AND old_value_enc LIKE 'v1:%'", filed.id())),
                () -> assertTrue(Db.string(app, "SELECT retention_hold_reason_enc FROM incident WHERE id = ?",
                        filed.id()).startsWith("v1:")),
                () -> assertEquals(1L, Db.number(app, "SELECT COUNT(*) FROM attachment WHERE incident_id = ?", filed.id())),
                () -> assertEquals(1L, Db.number(app, "SELECT COUNT(*) FROM breach_record WHERE description_enc "
                        + "LIKE 'v1:%'")),
                () -> assertTrue(Db.number(app, "SELECT COUNT(*) FROM audit_event WHERE action = "
                        + "'DUPLICATE_CHECK_LIMITED' AND actor = 'staff1'") >= 1, "lookups limited per hour"));
    }

    @Test
    void aFullDumpOfTheDatabaseHoldsTheCanaryNowhere() throws Exception {
        String[] server = TestDatabase.serverAddress().split(":");
        ProcessBuilder builder = new ProcessBuilder("mysqldump", "-h", server[0], "-P",
                server.length > 1 ? server[1] : "3306", "-u", TestDatabase.adminUser(), "--skip-extended-insert",
                "--default-character-set=utf8mb4", app.databaseName()).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("MYSQL_PWD", TestDatabase.adminPassword());
        Process dump = builder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dump.getInputStream().transferTo(out);
        assertEquals(0, dump.waitFor(), "mysqldump ran");
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("INSERT INTO `incident`") && text.contains(filed.caseCode()), "a real dump");
        assertNoCanary("the database dump", text);
    }

    @Test
    void theServerLogHoldsTheCanaryNowhere() throws IOException {
        Path log = Path.of(System.getProperty("tincay.buildDir", "target")).resolve("it-server-canary.log");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("Payara Micro"), "the canary server's log");
        assertNoCanary("the server log", text);
    }

    @Test
    void noEmailHoldsTheCanary() throws Exception {
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertTrue(mails.length >= 1, "the urgent alert was mailed");
        for (MimeMessage mail : mails) {
            assertNoCanary("an e-mail", GreenMailUtil.getWholeMessage(mail) + mail.getSubject());
        }
        assertTrue(GreenMailUtil.getWholeMessage(mails[0]).contains(filed.caseCode())
                || GreenMailUtil.getBody(mails[0]).contains("HDEMO"), "an alert about the case");
    }

    @Test
    void noExportPageOrApiAnswerHoldsTheCanary() {
        assertTrue(EXPORTS.get("api detail").contains(filed.caseCode()), "the exports are about the case");
        assertTrue(EXPORTS.get("statistics.xlsx").contains("[xl/workbook.xml]"), "a real workbook");
        EXPORTS.forEach((where, text) -> assertNoCanary(where, text));
    }

    /**
     * The case page is where the coordinator follows the case up, so the entries, notes and needs typed
     * into it are shown there; the survivor's name and the attachment's file name are not, until the
     * deliberate, audited reveal.
     */
    @Test
    void theCasePageShowsTheFollowUpButNotTheIdentityOrTheFileNameBeforeTheReveal() {
        assertTrue(casePage.contains("Ghi chú về em " + TOKEN), "the status notes are the coordinator's to read");
        assertAll(
                () -> assertFalse(casePage.contains("Quỳnh " + TOKEN), "the survivor's name"),
                () -> assertFalse(casePage.contains(withoutDiacritics("Quỳnh " + TOKEN)), "the name without accents"),
                () -> assertFalse(casePage.contains("Biên bản em " + TOKEN), "the attachment's file name"));
    }
}
