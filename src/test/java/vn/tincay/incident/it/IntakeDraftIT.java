package vn.tincay.incident.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.tincay.it.Axe;
import vn.tincay.it.Browser;
import vn.tincay.it.Browser.Device;
import vn.tincay.it.DatabaseProxy;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.PayaraMicroProcess;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestDatabase;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/**
 * Drafts that survive anything: the intake wizard saves on the server at every step, encrypted and
 * for its author only; an expired session, a closed tab or a database outage at submission lose
 * nothing; drafts not continued are deleted after the retention period, each deletion audited once.
 * The server reaches MariaDB through a relay, so the database can be taken away from it alone.
 */
class IntakeDraftIT {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Duration SAYS_SO_WITHIN = Duration.ofSeconds(10);

    private static TestDatabase database;
    private static DatabaseProxy proxy;
    private static RunningApp app;

    @BeforeAll
    static void startBehindARelay() {
        database = TestDatabase.create();
        proxy = DatabaseProxy.toTestServer();
        Map<String, String> environment = new HashMap<>(PayaraMicroProcess.mySqlEnvironment(
                proxy.jdbcUrl(database.name()), database.user(), database.password()));
        environment.put("TINCAY_DRAFTS_RETENTION_DAYS", "30");
        environment.put("TINCAY_DRAFTS_RETENTION_CHECK_SECONDS", "2");
        app = TinCayServer.startSeparately(environment, "it-server-drafts.log");
    }

    @AfterAll
    static void stop() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            proxy.close();
            database.close();
        }
    }

    /** Every GBVIMS question of the wizard's second step, each of which must be answered. */
    private static final java.util.List<String> QUESTIONS = java.util.List.of("qPenetration", "qSexualContact",
            "qPhysical", "qForcedMarriage", "qDenial", "qPsychological");

    /** Steps 1 to 3 of the wizard through the page's own form, up to the perpetrators; returns that page. */
    private static Page typeUpToThePerpetrators(WebClient client, String survivorName, String phone) {
        Page page = client.open("/incident/new.xhtml");
        assertEquals(200, page.status());
        page = send(client, page, "intakeForm:next", Map.of(
                "intakeForm:incidentDate_input", Report.today().minusDays(3).format(SHOWN),
                "intakeForm:placeType", "SCHOOL_PREMISES"));
        assertNotNull(page.document().getElementById("intakeForm:stepWhatHappened"), page.document().text());
        Map<String, String> answers = new java.util.HashMap<>();
        for (String question : QUESTIONS) {
            answers.put("intakeForm:" + question, question.equals("qPsychological") ? "YES" : "NO");
        }
        answers.put("intakeForm:narrative", "Em bị bạn cùng lớp nhắn tin đe dọa nhiều lần – ghi chú bản nháp.");
        page = send(client, page, "intakeForm:next", answers);
        assertNotNull(page.document().getElementById("intakeForm:stepSurvivor"), page.document().text());
        page = send(client, page, "intakeForm:next", Map.of("intakeForm:survivorName", survivorName,
                "intakeForm:survivorAge", "13", "intakeForm:survivorClass", "7A",
                "intakeForm:guardianPhone", phone));
        assertNotNull(page.document().getElementById("intakeForm:stepPerpetrators"), page.document().text());
        return page;
    }

    private static Page send(WebClient client, Page page, String button, Map<String, String> values) {
        HttpResponse<String> answer = client.submit(page, "intakeForm", button, values);
        if (WebClient.isRedirect(answer)) {
            return client.follow(answer);
        }
        assertEquals(200, answer.statusCode(), answer::body);
        return new Page(answer, Jsoup.parse(answer.body(), answer.uri().toString()));
    }

    private static long draftIdOf(Page page) {
        Matcher id = Pattern.compile("[?&]draft=(\\d+)").matcher(page.document().getElementById("intakeForm").attr("action"));
        assertTrue(id.find(), "the form's address names the draft: " + page.document().getElementById("intakeForm"));
        return Long.parseLong(id.group(1));
    }

    @Test
    void aDraftHoldsNoSurvivorDetailInPlainTextOnlyItsAuthorOpensItAndFilingItDeletesIt() {
        String name = "Đinh Thị Bản Nháp Demo";
        String phone = "0912 345 678";
        WebClient author = new WebClient(app).signedIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD);
        Page perpetrators = typeUpToThePerpetrators(author, name, phone);
        long draftId = draftIdOf(perpetrators);

        Map<String, Object> row = rows("SELECT * FROM intake_draft WHERE id = ?", draftId).get(0);
        String everything = row.values().toString();
        String payload = Db.decrypted(row.get("payload_enc"));
        assertAll(
                () -> assertFalse(everything.contains("Bản Nháp"), everything),
                () -> assertFalse(everything.contains(phone) || everything.contains("0912"), everything),
                () -> assertFalse(everything.contains("đe dọa"), "the narrative too"),
                () -> assertTrue(payload.contains(name) && payload.contains(phone), "the payload is the draft"),
                () -> assertEquals("PERPETRATORS", row.get("current_step")),
                () -> assertEquals(number("SELECT id FROM user_account WHERE username = ?", DemoAccount.STAFF1.username()),
                        ((Number) row.get("author_id")).longValue()));

        // Others, even of the same school, neither see nor open it: answered as if it did not exist.
        WebClient colleague = new WebClient(app).signedIn(DemoAccount.STAFF2.username(), DemoAccount.PASSWORD);
        WebClient coordinator = new WebClient(app).signedIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
        Page colleagueHome = colleague.open(DemoAccount.STAFF2.home());
        assertAll(
                () -> assertEquals(404, colleague.open("/incident/new.xhtml?draft=" + draftId).status()),
                () -> assertEquals(404, coordinator.open("/incident/new.xhtml?draft=" + draftId).status()),
                () -> assertEquals(404, colleague.open("/incident/new.xhtml?draft=" + (draftId + 100000)).status(),
                        "a draft that does not exist answers the same"),
                () -> assertEquals(404, colleague.open("/incident/new.xhtml?draft=99999999999999999999").status()),
                () -> assertTrue(colleagueHome.document().select("a[href*=draft=" + draftId + "]").isEmpty(),
                        "not in another's list"),
                () -> assertFalse(colleague.open("/incident/new.xhtml").document().text().contains(name)),
                () -> assertEquals(1, number("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_REFUSED' "
                        + "AND actor = ? AND target_type = 'IntakeDraft' AND target_id = ?",
                        DemoAccount.STAFF2.username(), String.valueOf(draftId)), "the refusal is recorded"));

        // The author's home page lists it; continuing opens it at the step saved with everything typed.
        Page home = author.open(DemoAccount.STAFF1.home());
        assertTrue(home.document().getElementById("draftsForm:drafts").text()
                .contains(Texts.vi("drafts.step", Texts.vi("intake.step.PERPETRATORS"))), home.document().text());
        Page continued = author.open(home.document().select("a[href*=draft=" + draftId + "]").attr("href"));
        assertNotNull(continued.document().getElementById("intakeForm:stepPerpetrators"), continued.document().text());
        Page survivor = send(author, continued, "intakeForm:back", Map.of());
        assertEquals(name, survivor.document().getElementById("intakeForm:survivorName").attr("value"));
        Page consent = send(author, send(author, survivor, "intakeForm:next", Map.of()), "intakeForm:next", Map.of());
        Page review = send(author, consent, "intakeForm:next", Map.of("intakeForm:consentGivenBy", "BOTH"));
        assertTrue(review.document().getElementById("intakeForm:stepReview").text().contains(name));
        String token = Db.decrypted(string("SELECT payload_enc FROM intake_draft WHERE id = ?", draftId));

        HttpResponse<String> filed = author.submit(review, "intakeForm", "intakeForm:submit", Map.of());

        assertTrue(WebClient.isRedirect(filed), filed::body);
        assertEquals(0, number("SELECT COUNT(*) FROM intake_draft WHERE id = ?", draftId),
                "filing the report deleted its draft");
        String submission = Pattern.compile("\"submissionToken\":\"([0-9a-f-]{36})\"").matcher(token).results()
                .map(m -> m.group(1)).findFirst().orElseThrow();
        assertEquals(1, number("SELECT COUNT(*) FROM incident WHERE submission_token = ?", submission));
    }

    @Test
    void draftsNotContinuedAreDeletedAfterTheRetentionPeriodEachDeletionAuditedOnceWithoutContent() {
        WebClient teacher = new WebClient(app).signedIn(DemoAccount.STAFF2.username(), DemoAccount.PASSWORD);
        long old = draftIdOf(typeUpToThePerpetrators(teacher, "Lê Thị Cũ Demo", "0900 000 111"));
        long recent = draftIdOf(typeUpToThePerpetrators(teacher, "Lê Thị Mới Demo", "0900 000 222"));
        update("UPDATE intake_draft SET updated_at = DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 31 DAY) WHERE id = ?",
                old);
        update("UPDATE intake_draft SET updated_at = DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 29 DAY) WHERE id = ?",
                recent);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (number("SELECT COUNT(*) FROM intake_draft WHERE id = ?", old) > 0
                && System.nanoTime() < deadline) {
            sleep(500);
        }
        sleep(5000); // a few more runs of the job: none may delete or record anything twice

        List<Map<String, Object>> audited = rows("SELECT actor, target_id, case_code, detail FROM audit_event "
                + "WHERE action = 'INTAKE_DRAFT_EXPIRED'");
        assertAll(
                () -> assertEquals(0, number("SELECT COUNT(*) FROM intake_draft WHERE id = ?", old),
                        "not continued for 31 days: deleted"),
                () -> assertEquals(1, number("SELECT COUNT(*) FROM intake_draft WHERE id = ?", recent),
                        "29 days: kept"),
                () -> assertEquals(1, audited.size(), audited::toString),
                () -> assertEquals(String.valueOf(old), audited.get(0).get("target_id")),
                () -> assertEquals("system", audited.get(0).get("actor")),
                () -> assertFalse(audited.toString().contains("Demo") || audited.toString().contains("0900"),
                        audited::toString));
    }

    @Test
    void afterTheSessionEndsAtStepFiveSigningInAgainReturnsToTheSameStepWithEverythingTyped() {
        String name = "Vũ Thị Phiên Hết Hạn Demo";
        try (Browser browser = Browser.open(app, Device.PHONE)) {
            Screen screen = new Screen(browser);
            browser.signIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD);
            typeInTheBrowserUpToConsent(browser, screen, name);
            screen.pick("intakeForm:consentGivenBy", "BOTH");
            screen.tick("intakeForm:consentToReferral");
            assertTrue(leavingWouldAsk(browser), "typing not yet saved: leaving asks first");
            // Saved a moment after typing stops, without pressing anything.
            screen.waitUntil(d -> savedPayload(name).contains("\"consentToReferral\":true") ? true : null);
            screen.waitUntil(d -> leavingWouldAsk(browser) ? null : true);

            browser.endSession();
            screen.click("intakeForm:next");
            screen.waitUntil(d -> browser.path().equals("/login.xhtml") ? true : null);
            browser.signIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD);

            screen.waitFor("intakeForm:stepConsent");
            assertAll(
                    () -> assertEquals("/incident/new.xhtml", browser.path()),
                    () -> assertTrue(radio(browser, "intakeForm:consentGivenBy", "BOTH").isSelected()),
                    () -> assertTrue(screen.find("intakeForm:consentToReferral").isSelected()),
                    () -> assertFalse(screen.find("intakeForm:consentToStatistics").isSelected()));
            screen.click("intakeForm:next");
            String review = screen.waitFor("intakeForm:stepReview").getText();
            assertAll(
                    () -> assertTrue(review.contains(name), review),
                    () -> assertTrue(review.contains("7A"), review),
                    () -> assertTrue(review.contains(Texts.vi("GbvType.PSYCHOLOGICAL_ABUSE")), review),
                    () -> assertTrue(review.contains(Texts.vi("Relationship.FELLOW_STUDENT")), review));

            // The home page lists the draft, on a phone.
            browser.go(DemoAccount.STAFF1.home());
            screen.waitFor("draftsForm:drafts");
            screen.show("draftsForm:drafts");
            browser.screenshot("home-drafts-phone");
            assertTrue(screen.fitsTheScreenWidth(), "the home page with drafts fits a 360 px phone");
            assertTrue(screen.find("draftsForm:drafts").getText().contains(Texts.vi("drafts.continue")));
            assertEquals(List.of(), Axe.check(browser).stream().filter(Axe.Violation::seriousOrCritical)
                    .map(Object::toString).toList(), "accessibility of the home page with drafts");

            // Deleting it takes a second tap, and is recorded without content.
            long draftId = savedDraftId(name);
            WebElement row = browser.driver().findElement(By.xpath(
                    "//li[.//a[contains(@href, 'draft=" + draftId + "')]]"));
            screen.click(row.findElement(By.cssSelector("button[id$=':discard']")));
            WebElement confirm = screen.waitUntil(d -> d.findElements(By.cssSelector("button[id$=':confirmDiscard']"))
                    .stream().findFirst().orElse(null));
            assertEquals(1, number("SELECT COUNT(*) FROM intake_draft WHERE id = ?", draftId), "not before confirming");
            screen.click(confirm);
            screen.waitForText("messages", Texts.vi("drafts.discarded"));
            assertAll(
                    () -> assertEquals(0, number("SELECT COUNT(*) FROM intake_draft WHERE id = ?", draftId)),
                    () -> assertEquals(1, number("SELECT COUNT(*) FROM audit_event WHERE action = 'INTAKE_DRAFT_DISCARDED' "
                            + "AND target_id = ? AND actor = ?", String.valueOf(draftId), DemoAccount.STAFF1.username())),
                    () -> assertFalse(screen.text().contains("draft=" + draftId)));
        }
    }

    private static long savedDraftId(String name) {
        return rows("SELECT id, payload_enc FROM intake_draft ORDER BY id DESC").stream()
                .filter(row -> Db.decrypted(row.get("payload_enc")).contains(name))
                .map(row -> ((Number) row.get("id")).longValue()).findFirst().orElseThrow();
    }

    @Test
    void whenTheDatabaseIsAwayAtSubmissionTheReviewStaysWithAMessageAndSendingAgainFilesItOnce() {
        String name = "Trần Thị Mất Kết Nối Demo";
        try (Browser browser = Browser.open(app, Device.PHONE)) {
            Screen screen = new Screen(browser);
            browser.signIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD);
            typeInTheBrowserUpToConsent(browser, screen, name);
            screen.pick("intakeForm:consentGivenBy", "BOTH");
            screen.click("intakeForm:next");
            screen.waitFor("intakeForm:stepReview");
            long draftId = Long.parseLong(string("SELECT id FROM intake_draft WHERE current_step = 'REVIEW' "
                    + "ORDER BY id DESC LIMIT 1"));
            String token = Pattern.compile("\"submissionToken\":\"([0-9a-f-]{36})\"").matcher(savedPayload(name))
                    .results().map(m -> m.group(1)).findFirst().orElseThrow();

            proxy.cut();
            try {
                long started = System.nanoTime();
                screen.click("intakeForm:submit");
                screen.waitForText("messages", Texts.vi("error.database.unavailable"));
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                browser.screenshot("intake-phone-database-away");
                assertAll(
                        () -> assertTrue(took.compareTo(SAYS_SO_WITHIN) < 0, "said so after " + took),
                        () -> assertEquals("/incident/new.xhtml", browser.path()),
                        () -> assertTrue(screen.find("intakeForm:stepReview").getText().contains(name),
                                "nothing typed is lost"),
                        () -> assertFalse(leavingWouldAsk(browser), "nothing typed since the last save"));
            } finally {
                proxy.restore();
            }

            screen.click("intakeForm:submit");
            screen.waitUntil(d -> browser.path().equals("/incident/view.xhtml") ? true : null);
            assertAll(
                    () -> assertTrue(browser.messages().contains("HDEMO-"), browser.messages()),
                    () -> assertEquals(1, number("SELECT COUNT(*) FROM incident WHERE submission_token = ?",
                            token), "filed exactly once"),
                    () -> assertEquals(0, number("SELECT COUNT(*) FROM intake_draft WHERE id = ?", draftId),
                            "its draft went with it"));
        }
    }

    @Test
    void aCoordinationEntryBeingTypedIsKeptEncryptedAndComesBackAfterTheSessionEnds() {
        Api.Filed filed = Api.of(app, new WebClient(app).signedIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD))
                .file(Report.incident().yes("psychological"));
        String typed = "Đã gọi điện cho phụ huynh – hẹn gặp tại trường sáng thứ Hai (bản nháp Demo)";
        long coordinatorId = number("SELECT id FROM user_account WHERE username = ?", DemoAccount.COORDINATOR.username());
        try (Browser browser = Browser.open(app, Device.PHONE)) {
            Screen screen = new Screen(browser);
            browser.signIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
            browser.go("/incident/view.xhtml?id=" + filed.id());
            screen.waitFor("coordinationForm:actionTaken");
            // The agency, a required field, is still empty: what was typed is kept all the same.
            screen.type("coordinationForm:actionTaken", typed);
            screen.waitUntil(d -> followUpPayload(coordinatorId, filed.id()).contains(typed) ? true : null);
            screen.waitUntil(d -> leavingWouldAsk(browser) ? null : true);
            String stored = string("SELECT payload_enc FROM follow_up_draft WHERE author_id = ? AND incident_id = ?",
                    coordinatorId, filed.id());
            assertFalse(stored.contains("phụ huynh") || stored.contains("Demo"), stored);

            browser.endSession();
            screen.click("coordinationForm:recordEntry");
            screen.waitUntil(d -> browser.path().equals("/login.xhtml") ? true : null);
            browser.signIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);

            screen.waitFor("coordinationForm:actionTaken");
            assertEquals("/incident/view.xhtml", browser.path(), "back on the case");
            assertEquals(typed, screen.find("coordinationForm:actionTaken").getAttribute("value"));
            screen.choose("coordinationForm:agency", "FAMILY");
            screen.click("coordinationForm:recordEntry");
            screen.waitForText("coordinationForm", Texts.vi("coordination.recorded"));
            assertAll(
                    () -> assertEquals(1, number("SELECT COUNT(*) FROM coordination_entry WHERE incident_id = ?",
                            filed.id())),
                    () -> assertEquals(0, number("SELECT COUNT(*) FROM follow_up_draft WHERE author_id = ? "
                            + "AND incident_id = ?", coordinatorId, filed.id()), "recorded: its draft is gone"));
        }
    }

    @Test
    void aReferralBeingTypedComesBackToItsAuthorAloneAndFollowUpDraftsExpireAudited() {
        Api.Filed filed = Api.of(app, new WebClient(app).signedIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD))
                .file(Report.incident().yes("psychological"));
        String needs = "Cần tư vấn tâm lý hàng tuần cho em (bản nháp chuyển gửi Demo)";
        String action = "Đã trao đổi với giáo viên chủ nhiệm (bản nháp phối hợp Demo)";
        WebClient coordinator = new WebClient(app).signedIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
        String casePath = "/incident/view.xhtml?id=" + filed.id();
        Page page = coordinator.open(casePath);
        assertEquals(200, page.status());

        // What the page's script sends a moment after typing stops; the required fields are still empty.
        assertEquals(200, coordinator.submit(page, "referralForm", "referralForm:saveReferral",
                Map.of("referralForm:needs", needs)).statusCode());
        assertEquals(200, coordinator.submit(coordinator.open(casePath), "coordinationForm",
                "coordinationForm:saveCoordination", Map.of("coordinationForm:actionTaken", action)).statusCode());

        long coordinatorId = number("SELECT id FROM user_account WHERE username = ?", DemoAccount.COORDINATOR.username());
        List<Map<String, Object>> kept = rows("SELECT id, form, payload_enc FROM follow_up_draft WHERE author_id = ? "
                + "AND incident_id = ? ORDER BY form", coordinatorId, filed.id());
        Page again = coordinator.open(casePath);
        WebClient focalPoint = new WebClient(app).signedIn(DemoAccount.PRINCIPAL1.username(), DemoAccount.PASSWORD);
        Page others = focalPoint.open(casePath);
        assertAll(
                () -> assertEquals(2, kept.size(), kept::toString),
                () -> assertFalse(kept.toString().contains("Demo") || kept.toString().contains("tâm lý"), kept::toString),
                () -> assertEquals(needs, again.document().getElementById("referralForm:needs").text(), "comes back"),
                () -> assertEquals(action, again.document().getElementById("coordinationForm:actionTaken").text()),
                () -> assertEquals(200, others.status()),
                () -> assertEquals("", others.document().getElementById("referralForm:needs").text(),
                        "another person's draft stays theirs"));

        update("UPDATE follow_up_draft SET updated_at = DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 31 DAY) WHERE author_id = ? "
                + "AND incident_id = ?", coordinatorId, filed.id());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (number("SELECT COUNT(*) FROM follow_up_draft WHERE incident_id = ?", filed.id()) > 0
                && System.nanoTime() < deadline) {
            sleep(500);
        }
        sleep(3000);
        List<Object> ids = kept.stream().map(row -> (Object) String.valueOf(row.get("id"))).toList();
        assertAll(
                () -> assertEquals(0, number("SELECT COUNT(*) FROM follow_up_draft WHERE incident_id = ?", filed.id())),
                () -> assertEquals(2, number("SELECT COUNT(*) FROM audit_event WHERE action = 'FOLLOW_UP_DRAFT_EXPIRED' "
                        + "AND target_id IN (?, ?)", ids.get(0), ids.get(1)), "each deletion recorded once"));
    }

    private static String followUpPayload(long authorId, long incidentId) {
        String stored = string("SELECT payload_enc FROM follow_up_draft WHERE author_id = ? AND incident_id = ? "
                + "AND form = 'COORDINATION'", authorId, incidentId);
        return stored == null ? "" : Db.decrypted(stored);
    }

    private static void typeInTheBrowserUpToConsent(Browser browser, Screen screen, String name) {
        browser.go("/incident/new.xhtml");
        screen.waitFor("intakeForm:stepWhenWhere");
        screen.type("intakeForm:incidentDate_input", Report.today().minusDays(1).format(SHOWN));
        screen.choose("intakeForm:placeType", "SCHOOL_PREMISES");
        screen.click("intakeForm:next");
        screen.waitFor("intakeForm:stepWhatHappened");
        for (String question : QUESTIONS) {
            screen.pick("intakeForm:" + question, question.equals("qPsychological") ? "YES" : "NO");
        }
        screen.type("intakeForm:narrative", "Em bị chế giễu trên nhóm lớp nhiều tuần.");
        screen.click("intakeForm:next");
        screen.waitFor("intakeForm:stepSurvivor");
        screen.type("intakeForm:survivorName", name);
        screen.type("intakeForm:survivorAge", "12");
        screen.type("intakeForm:survivorClass", "7A");
        screen.click("intakeForm:next");
        screen.waitFor("intakeForm:stepPerpetrators");
        screen.click("intakeForm:addPerpetrator");
        screen.waitFor("intakeForm:perpetrator:0:relationship");
        screen.choose("intakeForm:perpetrator:0:relationship", "FELLOW_STUDENT");
        screen.click("intakeForm:next");
        screen.waitFor("intakeForm:stepConsent");
    }

    /** The saved draft of the survivor with this name, decrypted with the test key ("" while there is none). */
    private static String savedPayload(String name) {
        return rows("SELECT payload_enc FROM intake_draft ORDER BY id DESC").stream()
                .map(row -> Db.decrypted(row.get("payload_enc"))).filter(payload -> payload.contains(name))
                .findFirst().orElse("");
    }

    /** Whether leaving the page now would make the browser ask first (the page's beforeunload handler says so). */
    private static boolean leavingWouldAsk(Browser browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;"));
    }

    private static WebElement radio(Browser browser, String name, String value) {
        return browser.driver().findElement(By.cssSelector("input[type=radio][name='" + name + "'][value='" + value + "']"));
    }

    /** Reads of the test database straight over JDBC (this server reaches it through the relay). */
    private static List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection db = database.connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                        row.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String string(String sql, Object... parameters) {
        List<Map<String, Object>> found = rows(sql, parameters);
        Object value = found.isEmpty() ? null : found.get(0).values().iterator().next();
        return value == null ? null : value.toString();
    }

    private static long number(String sql, Object... parameters) {
        return Long.parseLong(java.util.Objects.requireNonNull(string(sql, parameters), sql));
    }

    private static int update(String sql, Object... parameters) {
        try (Connection db = database.connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
