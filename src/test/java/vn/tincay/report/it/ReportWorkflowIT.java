package vn.tincay.report.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Year;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * The school's interim report through the pages: open, submit, returned (only with a comment),
 * resubmitted, accepted and locked; then downloaded as DOCX and PDF, and hidden from another school.
 */
@ExtendWith(TinCayServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportWorkflowIT {

    private static final String MOTTO = "Độc lập – Tự do – Hạnh phúc";
    private static RunningApp app;
    private static WebClient principal;
    private static WebClient coordinator;
    private static long reportId;

    @BeforeAll
    static void signIn(RunningApp runningApp) {
        app = runningApp;
        principal = new WebClient(app).signedIn("principal1", DemoAccount.PASSWORD);
        coordinator = new WebClient(app).signedIn("coordinator", DemoAccount.PASSWORD);
    }

    private static String status(long id) throws Exception {
        try (Connection db = app.connect();
             PreparedStatement select = db.prepareStatement("SELECT status FROM periodic_report WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "no report " + id);
                return row.getString(1);
            }
        }
    }

    private static long openInterimReport() {
        WebClient.Page index = principal.open("/report/index.xhtml");
        String wanted = "Báo cáo sơ kết " + Year.now().getValue();
        Element row = index.document().select("#reportsForm tr").stream()
                .filter(tr -> tr.text().contains(wanted) && tr.selectFirst("button[id$=openReport]") != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + wanted + " in " + index.document().text()));
        String button = row.selectFirst("button[id$=openReport]").attr("name");
        HttpResponse<String> answer = principal.submit(index, "reportsForm", button, Map.of());
        WebClient.Page edit = principal.follow(answer);
        assertTrue(edit.path().endsWith("/report/edit.xhtml"), edit.path() + " " + edit.document().text());
        String id = edit.response().uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
        return Long.parseLong(id);
    }

    private static HttpResponse<String> review(String button, String comment) {
        WebClient.Page view = coordinator.open("/report/view.xhtml?id=" + reportId);
        Element commentField = view.document().selectFirst("#reviewForm textarea");
        assertNotNull(commentField, "no review form for the coordinator: " + view.document().text());
        return coordinator.submit(view, "reviewForm", "reviewForm:" + button, Map.of(commentField.attr("name"), comment));
    }

    private static void submitAsPrincipal() throws Exception {
        WebClient.Page edit = principal.open("/report/edit.xhtml?id=" + reportId);
        HttpResponse<String> answer = principal.submit(edit, "reportForm", "reportForm:submitReport", Map.of());
        WebClient.Page view = principal.follow(answer);
        assertEquals("SUBMITTED", status(reportId), view.messages() + " " + view.document().text());
    }

    @Test
    @Order(1)
    void thePrincipalOpensTheInterimReportOfThisYearWithItsSectionsPrefilled() throws Exception {
        reportId = openInterimReport();
        WebClient.Page edit = principal.open("/report/edit.xhtml?id=" + reportId);

        assertEquals("DRAFT", status(reportId));
        assertTrue(edit.document().select("[id^=section_]").size() >= 5, edit.document().text());
        assertNotNull(edit.document().getElementById("section_II_2_B"), "section II.2 (cases) missing");
        assertTrue(edit.document().select("[id^=section_] table").size() > 0
                        || edit.document().select("[id^=section_] textarea").stream().anyMatch(t -> !t.text().isBlank()),
                "no section is pre-filled: " + edit.document().text());
    }

    @Test
    @Order(15)
    void aReportWithThePlaceholderNumberIsRefusedWithTheUnitsNextNumberOffered() throws Exception {
        WebClient.Page edit = principal.open("/report/edit.xhtml?id=" + reportId);
        String numberField = edit.document().selectFirst("input[id$=documentNumber]").attr("name");
        assertTrue(edit.document().selectFirst("input[id$=documentNumber]").val().matches("\\d+/BC-TH-SAOMAI"),
                "a new report is offered the next number: " + edit.document().selectFirst("input[id$=documentNumber]"));

        HttpResponse<String> answer = principal.submit(edit, "reportForm", "reportForm:submitReport",
                Map.of(numberField, "…/BC-TH-SAOMAI"));

        assertEquals("DRAFT", status(reportId));
        assertTrue(answer.body().contains("Số báo cáo: bắt buộc nhập trước khi nộp"), answer.body());
        assertTrue(answer.body().contains("/BC-TH-SAOMAI)"), "the message offers the next number");
    }

    @Test
    @Order(20)
    void theCoordinatorCannotReturnASubmittedReportWithoutAComment() throws Exception {
        submitAsPrincipal();

        HttpResponse<String> answer = review("returnReport", "");

        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("hãy ghi ý kiến cần chỉnh sửa"), answer.body());
        assertEquals("SUBMITTED", status(reportId));
    }

    @Test
    @Order(30)
    void aReturnedReportIsResubmittedThenAcceptedAndLocked() throws Exception {
        HttpResponse<String> returned = review("returnReport", "Bổ sung số liệu mục II.1");
        assertTrue(WebClient.isRedirect(returned), returned.body());
        assertEquals("RETURNED", status(reportId));

        submitAsPrincipal();
        HttpResponse<String> accepted = review("acceptReport", "");
        assertTrue(WebClient.isRedirect(accepted), accepted.body());
        assertEquals("ACCEPTED", status(reportId));

        WebClient.Page edit = principal.open("/report/edit.xhtml?id=" + reportId);
        assertTrue(edit.path().endsWith("/report/view.xhtml"), "an accepted report still opens for editing: " + edit.path());
        assertTrue(edit.document().getElementById("editReport") == null, "edit link on a locked report");
    }

    @Test
    @Order(35)
    void eachStepIsNotifiedInTheAppToTheOtherSide() throws Exception {
        String coordinatorNotices = coordinator.open("/district/notifications.xhtml").document().text();
        assertTrue(coordinatorNotices.contains("Trường đã nộp báo cáo"), coordinatorNotices);
        assertTrue(coordinatorNotices.contains("Trường đã nộp lại báo cáo"), coordinatorNotices);
        assertTrue(coordinatorNotices.contains("Trường Tiểu học Demo Sao Mai"), coordinatorNotices);

        WebClient.Page index = principal.open("/report/index.xhtml");
        String principalNotices = index.document().getElementById("noticeList").text();
        assertTrue(principalNotices.contains("Báo cáo bị trả lại để chỉnh sửa"), principalNotices);
        assertTrue(principalNotices.contains("Báo cáo đã được duyệt"), principalNotices);
        assertFalse(index.document().select("#noticeList a[href*=view.xhtml?id=" + reportId + "]").isEmpty(),
                "a notice links to the report");
    }

    private static HttpResponse<byte[]> download(WebClient client, long id, String format) throws Exception {
        String session = client.cookie(WebClient.SESSION_COOKIE).orElseThrow();
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/report/download?id=" + id + "&format=" + format)))
                .header("Cookie", WebClient.SESSION_COOKIE + "=" + session).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    @Order(40)
    void theDocxDownloadCarriesTheNationalHeadingMottoAndTitle() throws Exception {
        HttpResponse<byte[]> docx = download(principal, reportId, "docx");

        assertEquals(200, docx.statusCode());
        assertTrue(docx.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
            assertTrue(text.contains(MOTTO), text);
            assertTrue(text.contains("BÁO CÁO SƠ KẾT"), text);
        }
    }

    @Test
    @Order(50)
    void thePdfDownloadIsAPdfWithTheMottoInVietnamese() throws Exception {
        HttpResponse<byte[]> pdf = download(principal, reportId, "pdf");

        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf.body());
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
            assertTrue(text.contains(MOTTO), text);
        } finally {
            reader.close();
        }
    }

    @Test
    @Order(60)
    void aFocalPointOfAnotherSchoolGetsNotFoundForThisReport() throws Exception {
        String otherPrincipal = TestAccount.in(app).likeDemoAccount(DemoAccount.PRINCIPAL1).named("principalb").create();
        try (Connection db = app.connect();
             PreparedStatement move = db.prepareStatement("UPDATE user_account SET school_id = "
                     + "(SELECT id FROM school WHERE code = 'HDEMO-THCS-BINHMINH') WHERE username = ?")) {
            move.setString(1, otherPrincipal);
            assertEquals(1, move.executeUpdate());
        }
        try {
            WebClient other = new WebClient(app).signedIn(otherPrincipal, DemoAccount.PASSWORD);

            assertEquals(404, download(other, reportId, "docx").statusCode());
            assertEquals(404, download(other, reportId, "pdf").statusCode());
            assertFalse(other.open("/report/view.xhtml?id=" + reportId).document().text().contains("Sao Mai"),
                    "the other school's focal point sees school A's report");
        } finally {
            // Other tests count that school's focal points (the recipients of a reminder).
            TestAccount.disable(app, otherPrincipal);
        }
    }
}
