package vn.tincay.incident.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * Who sees which case, enforced on the server whatever the pages show: the reporter their own
 * reports, the school's focal point the school's, the coordinator the district's; another school's
 * id in a URL or in the API is "not found"; roles without case work are refused the case pages and
 * the API, and never see a case code.
 */
@ExtendWith(TinCayServer.class)
class RecordScopeIT {

    private static RunningApp app;
    /** Reported by staff1 at school A. */
    private static Api.Filed schoolA;
    /** Reported by staff2 at school B. */
    private static Api.Filed schoolB;

    @BeforeAll
    static void fileOneCaseInEachSchool(RunningApp runningApp) {
        app = runningApp;
        schoolA = Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("physicalAssault").age(13)
                .survivor("Lê Thị Phạm Vi Trường A", 13));
        schoolB = Api.as(app, DemoAccount.STAFF2).file(Report.incident().yes("psychological").age(14)
                .survivor("Trần Thị Phạm Vi Trường B", 14));
    }

    private static WebClient web(DemoAccount account) {
        return Sessions.of(app, account);
    }

    private static int statusOfCasePage(DemoAccount account, long id) {
        return web(account).get("/incident/view.xhtml?id=" + id).statusCode();
    }

    @Test
    void aTeacherOfAnotherSchoolOpeningTheCasePageGetsNotFound() {
        assertEquals(404, statusOfCasePage(DemoAccount.STAFF2, schoolA.id()));
        assertEquals(200, statusOfCasePage(DemoAccount.STAFF1, schoolA.id()), "the reporter opens it");
    }

    @Test
    void aTeacherOfAnotherSchoolAskingTheApiForTheCaseOrItsIdentityGetsNotFound() {
        Api otherTeacher = Api.as(app, DemoAccount.STAFF2);

        Api.Answer detail = otherTeacher.get("/api/v1/incidents/" + schoolA.id());
        Api.Answer identity = otherTeacher.get("/api/v1/incidents/" + schoolA.id() + "/identity");

        assertEquals(404, detail.status(), detail::toString);
        assertEquals(404, identity.status(), identity::toString);
        assertFalse(detail.body().contains(schoolA.caseCode()), detail.body());
        assertFalse(otherTeacher.caseCodes("").contains(schoolA.caseCode()), "not in staff2's list");
    }

    @Test
    void aMissingCaseAndAnotherSchoolsCaseGetTheSameAnswer() {
        Api otherTeacher = Api.as(app, DemoAccount.STAFF2);

        Api.Answer outOfScope = otherTeacher.get("/api/v1/incidents/" + schoolA.id());
        Api.Answer missing = otherTeacher.get("/api/v1/incidents/987654321");

        assertEquals(missing.status(), outOfScope.status());
        assertEquals(missing.body(), outOfScope.body());
    }

    @Test
    void theFocalPointSeesTheCasesOfTheirSchoolButNotThoseOfAnotherSchool() {
        Api principal = Api.as(app, DemoAccount.PRINCIPAL1);

        List<String> listed = principal.caseCodes("");

        assertAll(
                () -> assertEquals(200, statusOfCasePage(DemoAccount.PRINCIPAL1, schoolA.id()), "school A's case page"),
                () -> assertEquals(404, statusOfCasePage(DemoAccount.PRINCIPAL1, schoolB.id()), "school B's case page"),
                () -> assertEquals(200, principal.get("/api/v1/incidents/" + schoolA.id()).status()),
                () -> assertEquals(404, principal.get("/api/v1/incidents/" + schoolB.id()).status()),
                () -> assertTrue(listed.contains(schoolA.caseCode()), "school A's case listed: " + listed),
                () -> assertFalse(listed.contains(schoolB.caseCode()), "school B's case not listed: " + listed));
    }

    @Test
    void theFocalPointCannotChangeTheStatusOfAnotherSchoolsCaseThroughTheApi() {
        Api principal = Api.as(app, DemoAccount.PRINCIPAL1);
        int version = ((Number) Api.as(app, DemoAccount.COORDINATOR).detail(schoolB.id()).get("version")).intValue();

        Api.Answer refused = principal.post("/api/v1/incidents/" + schoolB.id() + "/status",
                Map.of("version", version, "status", "VERIFYING"));

        assertEquals(404, refused.status(), refused::toString);
        assertEquals("REPORTED", Db.string(app, "SELECT status FROM incident WHERE id = ?", schoolB.id()));
    }

    @Test
    void theCoordinatorSeesTheCasesOfEverySchoolOfTheDistrict() {
        List<String> listed = Api.as(app, DemoAccount.COORDINATOR).caseCodes("");

        assertTrue(listed.containsAll(List.of(schoolA.caseCode(), schoolB.caseCode())), listed::toString);
        assertEquals(200, statusOfCasePage(DemoAccount.COORDINATOR, schoolB.id()));
    }

    static Stream<DemoAccount> rolesWithoutCaseWork() {
        return Stream.of(DemoAccount.SERVICE, DemoAccount.ADMIN, DemoAccount.PROVINCE);
    }

    @ParameterizedTest(name = "{0} is refused the case pages")
    @MethodSource("rolesWithoutCaseWork")
    void rolesWithoutCaseWorkAreRefusedTheCasePages(DemoAccount account) {
        WebClient client = web(account);
        assertAll(Stream.of("/incident/view.xhtml?id=" + schoolA.id(), "/incident/list.xhtml", "/incident/new.xhtml",
                        "/incident/attachment?id=1")
                .map(path -> () -> {
                    HttpResponse<String> answer = client.get(path);
                    assertEquals(403, answer.statusCode(), path);
                    assertFalse(answer.body().contains(schoolA.caseCode()), path);
                }));
    }

    @ParameterizedTest(name = "{0} is refused the incident API")
    @MethodSource("rolesWithoutCaseWork")
    void rolesWithoutCaseWorkAreRefusedTheIncidentApi(DemoAccount account) {
        Api api = Api.as(app, account);
        List<Api.Answer> answers = List.of(
                api.get("/api/v1/incidents"),
                api.get("/api/v1/incidents/" + schoolA.id()),
                api.get("/api/v1/incidents/" + schoolA.id() + "/identity"),
                api.post("/api/v1/incidents", Report.incident().yes("psychological").json()),
                api.post("/api/v1/incidents/search", Map.of("filter", Map.of("survivorName", "le thi"))));

        assertAll(answers.stream().map(answer -> () -> {
            assertTrue(answer.status() == 403 || answer.status() == 401, answer::toString);
            assertFalse(answer.body().contains(schoolA.caseCode()), answer::toString);
        }));
    }

    @Test
    void anAnonymousCallerOfTheApiGetsUnauthorised() {
        Api.Answer list = Api.anonymous(app).get("/api/v1/incidents");
        Api.Answer detail = Api.anonymous(app).get("/api/v1/incidents/" + schoolA.id());

        assertEquals(401, list.status(), list::toString);
        assertEquals(401, detail.status(), detail::toString);
    }

    @ParameterizedTest(name = "{0} finds no case code on any page they can reach")
    @EnumSource(value = DemoAccount.class, names = {"ADMIN", "PROVINCE"})
    void adminAndProvinceSeeNoCaseCodeAnywhereTheyCanGo(DemoAccount account) {
        WebClient client = web(account);
        Set<String> visited = new LinkedHashSet<>();
        Map<String, Integer> visitsPerPage = new java.util.HashMap<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(account.home(), "/account/password.xhtml"));
        List<String> leaks = new ArrayList<>();
        while (!toVisit.isEmpty() && visited.size() < 30) {
            String path = toVisit.poll();
            String page = path.replaceAll("\\?.*", "");
            // Every page once or twice (a list and one of its records), not every record of a list.
            if (visited.contains(path) || visitsPerPage.merge(page, 1, Integer::sum) > 2) {
                continue;
            }
            visited.add(path);
            HttpResponse<String> answer = client.get(path);
            Matcher code = CasePage.CASE_CODE.matcher(answer.body());
            // The audit page names cases by code, by design (issue 8: who looked at which case); never content.
            if (!page.equals("/admin/audit.xhtml") && code.find()) {
                leaks.add(path + " shows " + code.group());
            }
            if (answer.statusCode() != 200) {
                continue;
            }
            Document document = Jsoup.parse(answer.body(), app.url(path));
            for (Element link : document.select("a[href]")) {
                URI target = URI.create(link.absUrl("href").replace(" ", "%20"));
                if (app.baseUrl().getAuthority().equals(target.getAuthority()) && target.getPath().endsWith(".xhtml")
                        && !target.getPath().startsWith("/login")) {
                    toVisit.add(target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
                }
            }
        }

        assertTrue(visited.size() >= 3, "pages visited: " + visited);
        assertTrue(leaks.isEmpty(), leaks + " (visited " + visited + ")");
    }
}
