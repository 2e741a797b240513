package vn.tincay.report.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Db;
import vn.tincay.it.Browser;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * An ad-hoc report is followed like a periodic one: every school hears of the request in the app, the
 * coordinator's "Nhắc nộp" reaches a school that has not answered (once a day), and the coordinators hear
 * of each submission. The reminders before and after the due date are in {@code ClusterIT}, where the
 * reminder timer fires every minute.
 */
@ExtendWith(TinCayServer.class)
class AdHocReportNoticesIT {

    private static final String SAO_MAI = "Trường Tiểu học Demo Sao Mai";

    private static RunningApp app;

    @BeforeAll
    static void start(RunningApp runningApp) {
        app = runningApp;
    }

    @Test
    void theSchoolsHearOfTheRequestTheCoordinatorRemindsOneAndHearsOfItsAnswers() throws Exception {
        String title = "Rà soát tủ sách pháp luật về bình đẳng giới " + System.nanoTime();
        // A school with a focal point of its own, for the two coordinators who remind it at once.
        vn.tincay.it.TestSchool other = vn.tincay.it.TestSchool.like(app, "HDEMO-MN-HOASEN", "ADH");
        other.focalPoint(app, "adhoc");
        WebClient coordinator = new WebClient(app).signedIn("coordinator", DemoAccount.PASSWORD);
        long requestId = ask(coordinator, title);

        // Every enabled focal point of the district's active schools is told, and nobody else.
        long focalPoints = Db.number(app, "SELECT COUNT(*) FROM user_account a JOIN school s ON s.id = a.school_id "
                + "JOIN district d ON d.id = s.district_id WHERE d.code = 'HDEMO' AND s.active = 1 AND a.enabled = 1 "
                + "AND a.role = 'SCHOOL_FOCAL_POINT'");
        assertTrue(focalPoints > 0);
        assertEquals(focalPoints, notifications(requestId, "ADHOC_REQUESTED"), "one notice per focal point");
        assertEquals(focalPoints, Db.number(app, "SELECT COUNT(DISTINCT n.recipient_id) FROM notification n "
                + "JOIN user_account a ON a.id = n.recipient_id WHERE n.adhoc_request_id = ? AND a.role = 'SCHOOL_FOCAL_POINT'",
                requestId));

        WebClient principal = new WebClient(app).signedIn(DemoAccount.PRINCIPAL1.username(), DemoAccount.PASSWORD);
        Element asked = notice(principal, title, "Phòng GD&ĐT yêu cầu báo cáo đột xuất");
        assertEquals("/report/adhoc-answer.xhtml?id=" + requestId,
                asked.selectFirst("a[id$=openNoticeAdhoc]").attr("href").replaceFirst("^.*?/report/", "/report/"));

        // "Nhắc nộp" for Sao Mai, which has not answered; a second one the same day is refused with the reason.
        WebClient.Page answers = coordinator.open("/report/adhoc-answer.xhtml?id=" + requestId);
        WebClient.Page reminded = coordinator.follow(coordinator.submit(answers, "schoolAnswers",
                remindButton(answers, SAO_MAI), Map.of()));
        assertTrue(reminded.messages().contains("Đã nhắc " + SAO_MAI + " nộp báo cáo đột xuất"),
                reminded.status() + " " + reminded.path() + " " + reminded.document().text());
        WebClient.Page again = coordinator.follow(coordinator.submit(reminded, "schoolAnswers",
                remindButton(reminded, SAO_MAI), Map.of()));
        assertTrue(again.messages().contains("Hôm nay đã nhắc trường này"), again.messages());
        assertEquals(1, Db.number(app, "SELECT COUNT(*) FROM adhoc_reminder r JOIN school s ON s.id = r.school_id "
                + "WHERE r.request_id = ? AND s.name = ? AND r.requested_by = 'coordinator'", requestId, SAO_MAI));
        notice(principal, title, "Phòng GD&ĐT nhắc nộp báo cáo đột xuất");

        // Two coordinators press "Nhắc nộp" for the same school at the same moment: one reminder, one "already".
        WebClient second = new WebClient(app).signedIn("coordinator", DemoAccount.PASSWORD);
        List<WebClient> both = List.of(coordinator, second);
        List<WebClient.Page> pages = List.of(coordinator.open("/report/adhoc-answer.xhtml?id=" + requestId),
                second.open("/report/adhoc-answer.xhtml?id=" + requestId));
        List<String> told = vn.tincay.it.Parallel.run(2, 2, i -> both.get(i).follow(both.get(i).submit(pages.get(i),
                "schoolAnswers", remindButton(pages.get(i), other.name()), Map.of())).messages());
        assertEquals(1, told.stream().filter(m -> m.contains("Đã nhắc " + other.name())).count(), told.toString());
        assertEquals(1, told.stream().filter(m -> m.contains("Hôm nay đã nhắc trường này")).count(), told.toString());
        assertEquals(1, Db.number(app, "SELECT COUNT(*) FROM adhoc_reminder r JOIN school s ON s.id = r.school_id "
                + "WHERE r.request_id = ? AND s.name = ?", requestId, other.name()));

        // Sao Mai answers: the coordinators hear of it, and Sao Mai is no longer offered a reminder.
        WebClient.Page form = principal.open("/report/adhoc-answer.xhtml?id=" + requestId);
        assertTrue(form.document().select("button[id$=remindSchool]").isEmpty(), "a school has no \"Nhắc nộp\"");
        assertEquals(404, principal.open("/report/adhoc-answer.xhtml?id=" + (requestId + 1_000_000)).status());
        Map<String, String> values = new HashMap<>();
        values.put(field(form, 0), "Đã rà soát, có 12 đầu sách");
        values.put(field(form, 1), "Đề nghị bổ sung sách cho học sinh lớp 1");
        WebClient.Page submitted = principal.follow(principal.submit(form, "answerForm", "answerForm:submitAnswers", values));
        assertTrue(submitted.messages().contains("Đã nộp báo cáo đột xuất"), submitted.messages());

        long coordinators = Db.number(app, "SELECT COUNT(*) FROM user_account a JOIN district d ON d.id = a.district_id "
                + "WHERE d.code = 'HDEMO' AND a.enabled = 1 AND a.role = 'DISTRICT_COORDINATOR'");
        assertEquals(coordinators, notifications(requestId, "ADHOC_SUBMITTED"));
        String list = coordinator.open("/district/notifications.xhtml").document().getElementById("notificationList").text();
        assertTrue(list.contains("Trường đã nộp báo cáo đột xuất") && list.contains(SAO_MAI), list);
        WebClient.Page after = coordinator.open("/report/adhoc-answer.xhtml?id=" + requestId);
        assertTrue(school(after, SAO_MAI).select("button[id$=remindSchool]").isEmpty(), "no reminder for a school that answered");
        assertTrue(school(after, SAO_MAI).text().contains("Đã rà soát, có 12 đầu sách"));

        try (Browser browser = Browser.open(app, Browser.Device.PHONE)) {
            browser.signIn("coordinator", DemoAccount.PASSWORD);
            browser.go("/report/adhoc-answer.xhtml?id=" + requestId);
            browser.screenshot("adhoc-remind-coordinator");
            browser.signOut();
            browser.signIn(DemoAccount.PRINCIPAL1.username(), DemoAccount.PASSWORD);
            browser.go("/report/index.xhtml");
            assertTrue(browser.find("noticeList").getText().contains(title));
            browser.screenshot("adhoc-notices-principal");
        }
    }

    private static long ask(WebClient coordinator, String title) {
        WebClient.Page ask = coordinator.open("/report/adhoc.xhtml");
        String due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Map<String, String> values = new HashMap<>();
        values.put(name(ask, "askForm", "adhocTitle"), title);
        values.put(name(ask, "askForm", "adhocQuestions"), "Tủ sách có bao nhiêu đầu sách về bình đẳng giới?\nKiến nghị?");
        values.put(name(ask, "askForm", "adhocDue"), due);
        HttpResponse<String> asked = coordinator.submit(ask, "askForm", "askForm:askAdhoc", values);
        WebClient.Page answers = coordinator.follow(asked);
        assertTrue(answers.path().endsWith("/report/adhoc-answer.xhtml"), answers.messages());
        return Long.parseLong(answers.response().uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
    }

    private static long notifications(long requestId, String kind) {
        return Db.number(app, "SELECT COUNT(*) FROM notification WHERE adhoc_request_id = ? AND kind = ?", requestId, kind);
    }

    /** The notice of a kind about the request on the report overview, which must be there. */
    private static Element notice(WebClient client, String title, String kind) {
        List<Element> notices = client.open("/report/index.xhtml").document().select("#noticeList li");
        return notices.stream().filter(li -> li.text().contains(title) && li.text().contains(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no notice '" + kind + "' about " + title + " in "
                        + notices.stream().map(Element::text).toList()));
    }

    private static Element school(WebClient.Page page, String name) {
        return page.document().select("#schoolAnswers .tc-adhoc-school").stream()
                .filter(div -> div.selectFirst("h3").text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " on the answers page"));
    }

    private static String remindButton(WebClient.Page page, String schoolName) {
        Element button = school(page, schoolName).selectFirst("button[id$=remindSchool]");
        assertNotNull(button, "no reminder button for " + schoolName);
        return button.attr("name");
    }

    private static String field(WebClient.Page page, int question) {
        Element input = page.document().selectFirst("textarea[name^=answerForm:answers:" + question + ":answerText]");
        assertNotNull(input, "no answer field " + question);
        return input.attr("name");
    }

    private static String name(WebClient.Page page, String formId, String field) {
        Element input = page.document().selectFirst("#" + formId + " [name^=" + formId + ":" + field + "]");
        assertNotNull(input, "no field " + field + " in " + formId);
        return input.attr("name");
    }
}
