package vn.tincay.report.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tincay.it.Browser;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * Periods and deadlines through the running application: the year-end report counts the action month
 * of the previous year, the district office has its own deadline, and the coordinator's "Nhắc nộp"
 * reaches the school's principal in the app; an ad-hoc report is asked, answered and read in the app.
 */
@ExtendWith(TinCayServer.class)
// The year-end report is first opened (and its figures drawn) after the activity of the first test is recorded.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportDeadlinesIT {

    private static RunningApp app;

    @BeforeAll
    static void start(RunningApp runningApp) {
        app = runningApp;
    }

    private static String nameOf(WebClient.Page page, String formId, String field) {
        Element input = page.document().selectFirst("#" + formId + " [name^=" + formId + ":" + field + "]");
        assertNotNull(input, "no field " + field + " in " + formId);
        return input.attr("name");
    }

    @Test
    @Order(1)
    void aYearEndReportCountsAnActivityOf20NovemberOfThePreviousYear() {
        WebClient principal = new WebClient(app).signedIn("principal1", DemoAccount.PASSWORD);
        int year = Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue();
        String title = "Mít tinh Demo ngày 20 tháng 11 về phòng, chống bạo lực học đường";
        WebClient.Page form = principal.open("/register/activity.xhtml");
        Map<String, String> values = new HashMap<>();
        values.put(nameOf(form, "activityForm", "title"), title);
        values.put(nameOf(form, "activityForm", "heldOn"), "20/11/" + (year - 1));
        values.put(nameOf(form, "activityForm", "form"), "MEETING");
        values.put(nameOf(form, "activityForm", "audiences"), "STUDENTS");
        values.put(nameOf(form, "activityForm", "participantsFemale"), "30");
        values.put(nameOf(form, "activityForm", "participantsMale"), "20");
        values.put(nameOf(form, "activityForm", "actionMonth"), "GENDER_EQUALITY_NOV_DEC");
        HttpResponse<String> saved = principal.submit(form, "activityForm", "activityForm:save", values);
        WebClient.Page after = principal.follow(saved);
        assertTrue(WebClient.isRedirect(saved), "not saved: " + after.messages() + " " + after.document().text());

        WebClient.Page index = principal.open("/report/index.xhtml");
        String wanted = "Báo cáo tổng kết " + year;
        Element row = index.document().select("#reportsForm tr").stream()
                .filter(tr -> tr.text().contains(wanted) && tr.selectFirst("button[id$=openReport]") != null)
                .findFirst().orElseThrow(() -> new AssertionError("no row " + wanted + ": " + index.document().text()));
        assertTrue(row.text().contains("11/11/" + (year - 1)), "the year-end period starts on 11/11 of last year: "
                + row.text());
        WebClient.Page edit = principal.follow(principal.submit(index, "reportsForm",
                row.selectFirst("button[id$=openReport]").attr("name"), Map.of()));
        Element activities = edit.document().selectFirst("textarea[id$=text_II_1_A]");
        assertNotNull(activities, edit.document().text());
        String text = activities.text();
        assertTrue(text.matches("(?s).*\\b[1-9]\\d* hoạt động hưởng ứng Tháng hành động vì bình đẳng giới.*"), text);
        assertTrue(text.contains("20/11/" + (year - 1) + ": " + title), text);
        assertTrue(!text.contains("0 hoạt động hưởng ứng Tháng hành động vì bình đẳng giới"), text);
    }

    @Test
    void theDistrictOfficeHasItsOwnDeadlineToTheProvince() throws Exception {
        WebClient coordinator = new WebClient(app).signedIn("coordinator", DemoAccount.PASSWORD);
        WebClient.Page index = coordinator.open("/report/index.xhtml");
        int year = Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue();
        String row = index.document().select("#reportsForm tr").stream().map(Element::text)
                .filter(t -> t.contains("Báo cáo sơ kết " + year)).findFirst().orElseThrow();
        assertTrue(row.contains("22/05/" + year), "the district's own deadline, 10 days after 12/05: " + row);
        try (Connection db = app.connect();
             PreparedStatement select = db.prepareStatement("SELECT due_date, district_due_date FROM reporting_period "
                     + "WHERE year = ? AND kind = 'INTERIM'")) {
            select.setInt(1, year);
            try (ResultSet r = select.executeQuery()) {
                assertTrue(r.next());
                assertEquals(LocalDate.of(year, 5, 12), r.getDate(1).toLocalDate());
                assertEquals(LocalDate.of(year, 5, 22), r.getDate(2).toLocalDate());
            }
        }
    }

    @Test
    void theCoordinatorRemindsAMissingSchoolAndItsPrincipalSeesTheReminder() throws Exception {
        try (Browser browser = Browser.open(app, Browser.Device.PHONE)) {
            browser.signIn("coordinator", DemoAccount.PASSWORD);
            browser.go("/report/index.xhtml");
            // A report of this year that Sao Mai has not sent (other tests may have sent its interim report).
            WebElement saoMai = null;
            int year = Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue();
            for (String period : List.of("Báo cáo sơ kết " + year, "Báo cáo tổng kết " + year)) {
                browser.go("/report/index.xhtml");
                WebElement periodRow = browser.driver().findElements(By.cssSelector("#reportsForm tr")).stream()
                        .filter(tr -> tr.getText().contains(period)).findFirst()
                        .orElseThrow(() -> new AssertionError("no row " + period));
                browser.clickAndWaitForPage(periodRow.findElement(By.cssSelector("a[id$=districtOverview]"))
                        .getAttribute("id"));
                assertTrue(browser.path().endsWith("/report/district.xhtml"), browser.path());
                saoMai = browser.driver().findElements(By.cssSelector("#schoolsForm tr")).stream()
                        .filter(tr -> tr.getText().contains("Trường Tiểu học Demo Sao Mai")
                                && !tr.findElements(By.cssSelector("button[id$=remindSchool]")).isEmpty())
                        .findFirst().orElse(null);
                if (saoMai != null) {
                    break;
                }
            }
            assertNotNull(saoMai, "Sao Mai is missing from one of this year's reports: " + browser.driver().getPageSource());
            String remindId = saoMai.findElement(By.cssSelector("button[id$=remindSchool]")).getAttribute("id");
            browser.screenshot("report-remind-before");
            browser.clickAndWaitForPage(remindId);
            assertTrue(browser.messages().contains("Đã nhắc Trường Tiểu học Demo Sao Mai nộp báo cáo"),
                    browser.messages());
            browser.screenshot("report-remind-sent");

            // A second reminder the same day is refused with a reason.
            WebElement again = browser.driver().findElements(By.cssSelector("#schoolsForm tr")).stream()
                    .filter(tr -> tr.getText().contains("Trường Tiểu học Demo Sao Mai")).findFirst().orElseThrow();
            browser.clickAndWaitForPage(again.findElement(By.cssSelector("button[id$=remindSchool]")).getAttribute("id"));
            assertTrue(browser.messages().contains("Hôm nay đã nhắc trường này"), browser.messages());
            browser.signOut();

            browser.signIn("principal1", DemoAccount.PASSWORD);
            browser.go("/report/index.xhtml");
            String notices = browser.find("noticeList").getText();
            assertTrue(notices.contains("Phòng GD&ĐT nhắc nộp báo cáo"), notices);
            assertTrue(notices.contains("Trường Tiểu học Demo Sao Mai"), notices);
            browser.screenshot("report-remind-principal");
        }
        try (Connection db = app.connect();
             PreparedStatement select = db.prepareStatement("SELECT COUNT(*) FROM report_overdue_reminder r "
                     + "JOIN school s ON s.id = r.school_id JOIN reporting_period p ON p.id = r.period_id "
                     + "WHERE s.code = 'HDEMO-TH-SAOMAI' AND r.requested_by = 'coordinator'")) {
            try (ResultSet r = select.executeQuery()) {
                assertTrue(r.next());
                assertEquals(1, r.getInt(1), "one reminder recorded, the second refused");
            }
        }
    }

    @Test
    void theDistrictAsksAnAdHocReportAndASchoolAnswersItInTheApp() throws Exception {
        WebClient coordinator = new WebClient(app).signedIn("coordinator", DemoAccount.PASSWORD);
        WebClient.Page ask = coordinator.open("/report/adhoc.xhtml");
        String due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(5)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Map<String, String> values = new HashMap<>();
        values.put(nameOf(ask, "askForm", "adhocTitle"), "Báo cáo nhanh vụ việc bạo lực học đường tháng này");
        values.put(nameOf(ask, "askForm", "adhocQuestions"),
                "Số buổi sinh hoạt dưới cờ về phòng, chống bạo lực học đường?\nKhó khăn, kiến nghị?");
        values.put(nameOf(ask, "askForm", "adhocDue"), due);
        HttpResponse<String> asked = coordinator.submit(ask, "askForm", "askForm:askAdhoc", values);
        WebClient.Page answers = coordinator.follow(asked);
        assertTrue(answers.path().endsWith("/report/adhoc-answer.xhtml"), answers.messages() + " " + answers.document().text());
        String requestId = answers.response().uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");

        try (Browser browser = Browser.open(app, Browser.Device.PHONE)) {
            browser.signIn("principal1", DemoAccount.PASSWORD);
            browser.go("/report/index.xhtml");
            WebElement row = browser.driver().findElements(By.cssSelector("#adhocReports tr")).stream()
                    .filter(tr -> tr.getText().contains("Báo cáo nhanh vụ việc bạo lực học đường")).findFirst()
                    .orElseThrow(() -> new AssertionError("the ad-hoc report is not in the overview"));
            assertTrue(row.getText().contains(due), row.getText());
            browser.clickAndWaitForPage(row.findElement(By.cssSelector("a[id$=openAdhoc]")).getAttribute("id"));
            browser.find("answerForm:answers:0:answerText").sendKeys("Hai buổi, ngày 05 và 12");
            browser.clickAndWaitForPage("answerForm:submitAnswers");
            assertTrue(browser.messages().contains("Câu trả lời: cần trả lời mọi câu hỏi trước khi nộp"),
                    "an unanswered question is refused: " + browser.messages());
            browser.find("answerForm:answers:1:answerText").sendKeys("Chưa có tài liệu tuyên truyền cho học sinh lớp 1");
            browser.screenshot("adhoc-answer");
            browser.clickAndWaitForPage("answerForm:submitAnswers");
            assertTrue(browser.messages().contains("Đã nộp báo cáo đột xuất"), browser.messages());
            assertTrue(browser.has("adhocSubmitted"), "shown as submitted");
            browser.screenshot("adhoc-submitted");
        }

        String read = coordinator.open("/report/adhoc-answer.xhtml?id=" + requestId).document()
                .getElementById("schoolAnswers").text();
        assertTrue(read.contains("Trường Tiểu học Demo Sao Mai"), read);
        assertTrue(read.contains("Hai buổi, ngày 05 và 12"), read);
        assertTrue(read.contains("Chưa có tài liệu tuyên truyền cho học sinh lớp 1"), read);
        String list = coordinator.open("/report/adhoc.xhtml").document().getElementById("adhocReports").text();
        assertTrue(list.contains("1 / " + activeSchools() + " trường đã nộp"), list);
    }

    /** The district's schools that answer reports (other tests may have added some). */
    private static long activeSchools() throws java.sql.SQLException {
        try (Connection db = app.connect(); PreparedStatement select = db.prepareStatement("SELECT COUNT(*) FROM school s "
                + "JOIN district d ON d.id = s.district_id WHERE d.code = 'HDEMO' AND s.active = 1");
             ResultSet r = select.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void theSignerBlockComesFromTheUnitAndADeputySignsForTheHead() {
        WebClient principal = new WebClient(app).signedIn("principal1", DemoAccount.PASSWORD);
        WebClient.Page index = principal.open("/report/index.xhtml");
        // The year-end report, which no other test sends (the interim one may already be submitted).
        String wanted = "Báo cáo tổng kết " + Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue();
        Element row = index.document().select("#reportsForm tr").stream()
                .filter(tr -> tr.text().contains(wanted) && tr.selectFirst("button[id$=openReport]") != null)
                .findFirst().orElseThrow(() -> new AssertionError("no row " + wanted));
        WebClient.Page edit = principal.follow(principal.submit(index, "reportsForm",
                row.selectFirst("button[id$=openReport]").attr("name"), Map.of()));
        assertEquals("HIỆU TRƯỞNG", edit.document().selectFirst("textarea[id$=signerTitle]").text());
        assertEquals("Nguyễn Thị Demo Hiệu", edit.document().selectFirst("input[id$=signerName]").val());

        WebClient.Page deputy = principal.follow(principal.submit(edit, "reportForm", "reportForm:signAsDeputy",
                Map.of()));
        assertEquals("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG", deputy.document().selectFirst("textarea[id$=signerTitle]")
                .wholeText().strip());
        assertEquals("Phạm Văn Demo Phó", deputy.document().selectFirst("input[id$=signerName]").val());
    }
}
