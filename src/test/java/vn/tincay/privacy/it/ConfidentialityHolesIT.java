package vn.tincay.privacy.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.Db;
import vn.tincay.incident.it.Report;
import vn.tincay.incident.it.Sessions;
import vn.tincay.incident.it.Texts;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/**
 * The holes of the confidentiality review, each tried as the role that must fail, with the audit
 * row it leaves: the duplicate check as a name oracle, refused access without a trace, /metrics
 * for anyone, cross-origin state changes, weak passwords, and an audit page that could not say who
 * looked at a survivor's identity and why.
 */
@ExtendWith(TinCayServer.class)
class ConfidentialityHolesIT {

    private static RunningApp app;
    private static String suffix;

    @BeforeAll
    static void start(RunningApp runningApp) {
        app = runningApp;
        suffix = TestAccount.uniqueName("x").substring(2);
    }

    private static String actions(String actor, String action) {
        return String.valueOf(Db.rows(app, "SELECT detail, target_id, ip FROM audit_event WHERE actor = ? AND action = ? "
                + "ORDER BY id", actor, action));
    }

    @Test
    void aTeacherOfAnotherSchoolLearnsNothingAboutAnExistingCaseButTheCoordinatorIsToldWithBothCases() {
        Api.Filed existing = Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("penetration")
                .survivor("Nguyễn Thị Lan Anh " + suffix, 13));
        String prober = TestAccount.in(app).likeDemoAccount(DemoAccount.STAFF2).named("prober").create();
        Api probing = Api.of(app, new WebClient(app).signedIn(prober, DemoAccount.PASSWORD));

        Api.Answer answer = probing.post("/api/v1/incidents", Report.incident().yes("psychological")
                .survivor("Nguyễn Lan Anh " + suffix, 13).json());

        assertEquals(201, answer.status(), "saved, not held back: " + answer);
        assertEquals(Boolean.TRUE, answer.json().get("duplicateForReview"), answer::toString);
        assertFalse(answer.body().contains(existing.caseCode()) || answer.body().contains("RAPE"),
                "no code, type or status of a case the teacher may not open: " + answer);
        String newCode = (String) answer.json().get("caseCode");
        assertEquals(1L, Db.number(app, "SELECT COUNT(*) FROM notification n JOIN user_account a ON a.id = "
                + "n.recipient_id WHERE a.username = 'coordinator' AND n.kind = 'POSSIBLE_DUPLICATE' AND n.case_code = ? "
                + "AND n.related_case_code = ?", newCode, existing.caseCode()), "the coordinator gets both cases");
        List<Map<String, Object>> lookups = Db.rows(app, "SELECT detail FROM audit_event WHERE actor = ? "
                + "AND action = 'DUPLICATE_CHECKED'", prober);
        assertEquals(1, lookups.size(), lookups::toString);
        assertEquals("shown 0, for review 1", lookups.get(0).get("detail"));
        assertTrue(Db.string(app, "SELECT detail FROM audit_event WHERE actor = ? AND action = 'DUPLICATE_CHECKED'",
                prober).matches("[a-z ,0-9]+"), "no name in the audit detail");
        Page coordinatorNotifications = Sessions.of(app, DemoAccount.COORDINATOR).open("/district/notifications.xhtml");
        assertTrue(coordinatorNotifications.document().text().contains(existing.caseCode()));
    }

    @Test
    void whoMayOpenTheExistingCaseSeesItsDetailsEvenWithoutTheMiddleNameOrFromAnotherSchool() {
        Api.Filed existing = Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("physicalAssault")
                .survivor("Trần Thị Bích Ngọc " + suffix, 12));

        Api.Answer principal = Api.as(app, DemoAccount.PRINCIPAL1).post("/api/v1/incidents", Report.incident()
                .yes("psychological").survivor("Trần Bích Ngọc " + suffix, 12).json());
        Api.Answer coordinator = Api.as(app, DemoAccount.COORDINATOR).post("/api/v1/incidents", Report.incident()
                .yes("psychological").survivor("tran thi bich ngoc " + suffix, 12)
                .set("schoolId", Db.number(app, "SELECT id FROM school WHERE code = 'HDEMO-THCS-BINHMINH'")).json());

        assertAll(
                () -> assertEquals(409, principal.status(), principal::toString),
                () -> assertTrue(principal.body().contains(existing.caseCode()), "the school's focal point may open it"),
                () -> assertEquals(409, coordinator.status(), coordinator::toString),
                () -> assertTrue(coordinator.body().contains(existing.caseCode()),
                        "a report from another school of the district is caught"));
    }

    @Test
    void refusedAccessIsAuditedWithWhoWhatIdAndWhereAndManyRefusalsAlertTheCoordinator() {
        Api.Filed target = Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("physicalAssault").age(11));
        String insider = TestAccount.in(app).likeDemoAccount(DemoAccount.STAFF2).named("insider").create();
        WebClient client = new WebClient(app).signedIn(insider, DemoAccount.PASSWORD);
        Api api = Api.of(app, client);

        assertEquals(404, client.get("/incident/view.xhtml?id=" + target.id()).statusCode());
        assertEquals(404, api.get("/api/v1/incidents/" + target.id() + "/identity?purpose=FOLLOW_UP").status());
        assertEquals(404, api.download("/incident/attachment?id=987654" + target.id()).statusCode());
        List<Map<String, Object>> refusals = Db.rows(app, "SELECT actor_role, target_type, target_id, ip, occurred_at "
                + "FROM audit_event WHERE actor = ? AND action = 'ACCESS_REFUSED' ORDER BY id", insider);
        assertEquals(3, refusals.size(), refusals::toString);
        assertAll(
                () -> assertEquals("SCHOOL_STAFF", refusals.get(0).get("actor_role")),
                () -> assertEquals(String.valueOf(target.id()), refusals.get(0).get("target_id")),
                () -> assertEquals("Attachment", refusals.get(2).get("target_type")),
                () -> assertEquals("127.0.0.1", refusals.get(1).get("ip")));

        for (int probe = 1; probe <= 8; probe++) {
            api.get("/api/v1/incidents/" + (target.id() + 100_000 + probe));
        }
        assertEquals(1L, Db.number(app, "SELECT COUNT(*) FROM notification n JOIN user_account a ON a.id = n.recipient_id "
                + "WHERE a.username = 'coordinator' AND n.kind = 'ACCESS_REFUSALS' AND n.subject_account = ?", insider),
                "the district coordinator is alerted once");
        assertEquals(1L, Db.number(app, "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_REFUSALS_ALERTED' "
                + "AND target_id = ?", insider));
    }

    @Test
    void metricsAnswerOnlyTheAdministrator() {
        assertEquals(401, new WebClient(app).get("/metrics").statusCode(), "not without sign-in");
        assertEquals(403, Sessions.of(app, DemoAccount.COORDINATOR).get("/metrics").statusCode(), "not a coordinator");
        HttpResponse<String> admin = Sessions.of(app, DemoAccount.ADMIN).get("/metrics");
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body().contains("# TYPE"), "the metrics themselves");
    }

    @Test
    void aStateChangingApiRequestFromAnotherOriginIsRefused() throws Exception {
        String session = Sessions.of(app, DemoAccount.COORDINATOR).cookie(WebClient.SESSION_COOKIE).orElseThrow();
        String body = "{\"filter\":{},\"size\":5}";

        int crossSite = post("/api/v1/incidents/search", session, body, "https://evil.example");
        int sameSite = post("/api/v1/incidents/search", session, body, app.baseUrl().toString());

        assertEquals(403, crossSite);
        assertEquals(200, sameSite);
    }

    @Test
    void aCommonPasswordIsRefusedWithAMessageThatSaysWhyAndAChangeEndsTheOtherSessions() {
        String username = TestAccount.in(app).likeDemoAccount(DemoAccount.STAFF2).named("pwchange").create();
        WebClient elsewhere = new WebClient(app).signedIn(username, DemoAccount.PASSWORD);
        WebClient here = new WebClient(app).signedIn(username, DemoAccount.PASSWORD);
        Page form = here.open("/account/password.xhtml");

        Page refused = here.follow(here.submit(form, "passwordForm", "passwordForm:save", Map.of(
                "passwordForm:current", DemoAccount.PASSWORD, "passwordForm:newPassword", "password1234",
                "passwordForm:confirmation", "password1234")));
        assertTrue(refused.messages().contains(Texts.vi("password.error.weak.common")), refused.messages());
        assertEquals(200, elsewhere.get("/school/index.xhtml").statusCode(), "nothing changed yet");

        Page changed = here.follow(here.submit(here.open("/account/password.xhtml"), "passwordForm",
                "passwordForm:save", Map.of("passwordForm:current", DemoAccount.PASSWORD,
                        "passwordForm:newPassword", "Mây trắng bay qua núi Tản 9",
                        "passwordForm:confirmation", "Mây trắng bay qua núi Tản 9")));

        assertTrue(changed.messages().contains(Texts.vi("password.changedOtherSessions")), changed.messages());
        assertEquals(200, here.get("/school/index.xhtml").statusCode(), "this session goes on");
        assertEquals(302, elsewhere.get("/school/index.xhtml").statusCode(), "the other session was ended");
    }

    @Test
    void theAdministratorSeesWhoOpenedASurvivorsIdentityAndWhyWithoutAnyCaseContent() {
        String name = "Phạm Thị Kiểm Toán " + suffix;
        Api.Filed filed = Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("physicalAssault")
                .survivor(name, 10).narrative("Chi tiết mật " + suffix));
        Api.as(app, DemoAccount.COORDINATOR).get("/api/v1/incidents/" + filed.id() + "/identity?purpose=CONTACT_FAMILY");

        Page audit = Sessions.of(app, DemoAccount.ADMIN).open("/admin/audit.xhtml?case=" + filed.caseCode()
                + "&action=IDENTITY_VIEWED");

        String table = audit.document().getElementById("auditForm:auditTable").text();
        assertAll(
                () -> assertTrue(table.contains("coordinator"), table),
                () -> assertTrue(table.contains(Texts.vi("RevealPurpose.CONTACT_FAMILY")), table),
                () -> assertTrue(table.contains(filed.caseCode()), table),
                () -> assertFalse(audit.document().text().contains(suffix), "no case content on the page"));
        Page refusals = Sessions.of(app, DemoAccount.ADMIN).open("/admin/audit.xhtml?action=ACCESS_REFUSED");
        assertEquals(200, refusals.status());
        assertEquals(403, Sessions.of(app, DemoAccount.COORDINATOR).get("/admin/audit.xhtml").statusCode());
    }

    private static int post(String path, String session, String body, String origin) throws IOException,
            InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Cookie", WebClient.SESSION_COOKIE + "=" + session)
                .header("Content-Type", "application/json")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
