package vn.tincay.followup.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.Db;
import vn.tincay.incident.it.Report;
import vn.tincay.incident.it.Screen;
import vn.tincay.incident.it.Texts;
import vn.tincay.it.Browser;
import vn.tincay.it.Browser.Device;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;

/**
 * Evidence on the case page: a PDF uploaded in the browser is stored encrypted and downloaded as the
 * same bytes, as an attachment, by need-to-know roles only (audited); a text file named .pdf is
 * refused by its content.
 */
@ExtendWith(TinCayServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttachmentIT {

    private static final String FILE_NAME = "Biên bản làm việc.pdf";

    private static RunningApp app;
    private static Browser browser;
    private static Screen screen;
    private static Api.Filed filed;
    private static Path folder;
    private static byte[] pdf;

    @BeforeAll
    static void fileACaseAndOpenItAsTheCoordinator(RunningApp runningApp) throws IOException {
        app = runningApp;
        filed = Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("physicalAssault").age(12));
        folder = Files.createTempDirectory("tincay-evidence-");
        pdf = minimalPdf("Biên bản: em trình bày sự việc.");
        browser = Browser.open(app, Device.DESKTOP);
        browser.signIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
        screen = new Screen(browser);
    }

    @AfterAll
    static void close() throws IOException {
        if (browser != null) {
            browser.close();
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    /** A small but well-formed PDF of one page: header, catalog, pages, page, cross-reference table, trailer. */
    static byte[] minimalPdf(String title) {
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
                "<< /Title (" + title.replaceAll("[^ -~]", "?") + ") >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R /Info 4 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void upload(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        browser.go("/incident/view.xhtml?id=" + filed.id());
        assertTrue(screen.has("attachmentForm"), () -> "the case page offers no upload; it shows \""
                + browser.heading() + "\"");
        browser.driver().findElement(org.openqa.selenium.By.cssSelector("#attachmentForm input[type=file]"))
                .sendKeys(file.toString());
    }

    private static long attachmentId() {
        return Db.number(app, "SELECT MAX(id) FROM attachment WHERE incident_id = ?", filed.id());
    }

    private static HttpResponse<byte[]> download(DemoAccount account) {
        return Api.as(app, account).download("/incident/attachment?id=" + attachmentId());
    }

    @Test
    @Order(1)
    void aPdfUploadedOnTheCasePageIsListedAndStoredEncrypted() throws IOException {
        upload(FILE_NAME, pdf);

        screen.waitForText("attachmentForm", Texts.vi("attachment.uploaded"));
        String hidden = screen.waitForText("attachmentList", Texts.vi("attachment.hiddenName"));
        assertFalse(hidden.contains(FILE_NAME), "the name may name the survivor: hidden until the identity is opened");
        screen.choose("identityForm:revealPurpose", "FOLLOW_UP");
        screen.click("identityForm:reveal");
        String listed = screen.waitForText("attachmentList", FILE_NAME);
        screen.show("attachmentForm");
        browser.screenshot("case-attachment-uploaded-desktop");
        assertTrue(listed.contains(Texts.vi("attachment.type.PDF")), listed);
        List<Map<String, Object>> rows = Db.rows(app, "SELECT content_type, size_bytes, file_name_enc, content_enc, "
                + "uploaded_by FROM attachment WHERE incident_id = ?", filed.id());
        assertEquals(1, rows.size());
        Map<String, Object> row = rows.get(0);
        byte[] stored = (byte[]) row.get("content_enc");
        String storedText = new String(stored, StandardCharsets.ISO_8859_1);
        assertAll(
                () -> assertEquals("application/pdf", row.get("content_type")),
                () -> assertEquals(pdf.length, ((Number) row.get("size_bytes")).intValue()),
                () -> assertEquals("coordinator", row.get("uploaded_by")),
                () -> assertTrue(String.valueOf(row.get("file_name_enc")).startsWith("v1:"), "name encrypted"),
                () -> assertFalse(String.valueOf(row.get("file_name_enc")).contains("Biên"), "no plain name"),
                () -> assertFalse(storedText.contains("%PDF") || storedText.contains("/Catalog")
                        || storedText.contains("Bi?n b?n"), "no plain content"),
                () -> assertEquals(1, Db.number(app, "SELECT COUNT(*) FROM audit_event WHERE action = "
                        + "'ATTACHMENT_UPLOADED' AND case_code = ?", filed.caseCode())));
    }

    @Test
    @Order(2)
    void theCoordinatorDownloadsTheSameBytesAsAnAttachmentAndTheDownloadIsAudited() {
        HttpResponse<byte[]> download = Api.withSession(app, browser.cookie("JSESSIONID"))
                .download("/incident/attachment?id=" + attachmentId());

        assertEquals(200, download.statusCode());
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n"), disposition);
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(pdf, download.body());
        List<Map<String, Object>> audited = Db.rows(app, "SELECT actor, actor_role FROM audit_event WHERE action = "
                + "'ATTACHMENT_DOWNLOADED' AND case_code = ?", filed.caseCode());
        assertEquals(1, audited.size(), audited::toString);
        assertEquals("coordinator", audited.get(0).get("actor"));
    }

    @Test
    @Order(3)
    void theReporterAndTheFocalPointMayDownloadButATeacherOfAnotherSchoolGetsNotFound() {
        assertAll(
                () -> assertEquals(200, download(DemoAccount.STAFF1).statusCode(), "the reporter"),
                () -> assertEquals(200, download(DemoAccount.PRINCIPAL1).statusCode(), "the school's focal point"),
                () -> assertEquals(404, download(DemoAccount.STAFF2).statusCode(), "another school's teacher"),
                () -> assertEquals(403, download(DemoAccount.SERVICE).statusCode(), "a support service"),
                () -> assertEquals(404, Api.as(app, DemoAccount.COORDINATOR)
                        .download("/incident/attachment?id=987654321").statusCode(), "no such attachment"));
        assertEquals(0, Db.number(app, "SELECT COUNT(*) FROM audit_event WHERE action = 'ATTACHMENT_DOWNLOADED' "
                + "AND case_code = ? AND actor = 'staff2'", filed.caseCode()), "a refused download is no download");
    }

    @Test
    @Order(4)
    void aTextFileNamedLikeAPdfIsRefusedByItsContent() throws IOException {
        upload("Ghi chú.pdf", "Đây không phải là tệp PDF, chỉ là văn bản.\n".getBytes(StandardCharsets.UTF_8));

        String refused = screen.waitForText("attachmentForm", Texts.vi("attachment.error.type"));

        screen.show("attachmentForm");
        browser.screenshot("case-attachment-refused-desktop");
        assertFalse(screen.find("attachmentList").getText().contains("Ghi chú.pdf"), "not listed");
        assertEquals(1, Db.number(app, "SELECT COUNT(*) FROM attachment WHERE incident_id = ?", filed.id()));
    }
}
