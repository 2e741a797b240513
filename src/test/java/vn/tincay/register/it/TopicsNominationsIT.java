package vn.tincay.register.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * Topics and partners of activities and trainings, emulation nominations through the register's one shape,
 * and the "Xuất Excel" of the register lists read back with POI: only the rows of the caller's scope and filter.
 */
@ExtendWith(TinCayServer.class)
class TopicsNominationsIT {

    private static final LocalDate TODAY_DATE = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String TODAY = TODAY_DATE.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    private static final int HEADER_ROW = 3;

    private static RunningApp app;
    private static WebClient principal;
    private static WebClient coordinator;
    private static WebClient otherSchool;
    private static long otherSchoolId;

    @BeforeAll
    static void signIn(RunningApp runningApp) throws SQLException {
        app = runningApp;
        principal = new WebClient(app).signedIn(DemoAccount.PRINCIPAL1.username(), DemoAccount.PASSWORD);
        coordinator = new WebClient(app).signedIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
        String other = TestAccount.in(app).likeDemoAccount(DemoAccount.PRINCIPAL1).named("topicsother").create();
        try (Connection db = app.connect(); PreparedStatement move = db.prepareStatement(
                "UPDATE user_account SET school_id = (SELECT id FROM school WHERE code = 'HDEMO-MN-CAUVONG') "
                        + "WHERE username = ?")) {
            move.setString(1, other);
            assertEquals(1, move.executeUpdate());
        }
        otherSchoolId = number("SELECT id FROM school WHERE code = 'HDEMO-MN-CAUVONG'");
        otherSchool = new WebClient(app).signedIn(other, DemoAccount.PASSWORD);
    }

    /** The form field names of the given fields (exact id first, so "award" is not "awardYear"). */
    private static Map<String, String> fields(WebClient.Page form, String formId, Map<String, String> byField) {
        Map<String, String> values = new HashMap<>();
        byField.forEach((field, value) -> values.put(name(form, formId, field), value));
        return values;
    }

    private static String name(WebClient.Page form, String formId, String field) {
        Element input = form.document().selectFirst("#" + formId + " [name=" + formId + ":" + field + "]");
        if (input == null) {
            input = form.document().selectFirst("#" + formId + " [name^=" + formId + ":" + field + "_]");
        }
        assertNotNull(input, "no field " + field + " in " + formId + ": " + form.document().text());
        return input.attr("name");
    }

    private static WebClient.Page saved(WebClient client, WebClient.Page form, String formId, Map<String, String> byField,
                                        Map<String, List<String>> choices) {
        HttpResponse<String> answer = client.submitWithChoices(form, formId, formId + ":save",
                fields(form, formId, byField), choices);
        WebClient.Page after = client.follow(answer);
        assertTrue(WebClient.isRedirect(answer), "not saved: " + after.messages() + " " + after.document().text());
        return after;
    }

    private static long number(String sql, Object... parameters) throws SQLException {
        try (Connection db = app.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no row for " + sql);
                return r.getLong(1);
            }
        }
    }

    private static List<String> strings(String sql, long id) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = app.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
        }
        return values;
    }

    private static String activity(WebClient client, String title, List<String> topics, String partners) {
        WebClient.Page form = client.open("/register/activity.xhtml");
        Map<String, String> values = new HashMap<>(Map.of("title", title, "heldOn", TODAY, "form", "TALK",
                "participantsFemale", "40", "participantsMale", "12", "actionMonth", "NONE", "partners", partners));
        saved(client, form, "activityForm", values, Map.of("activityForm:audiences", List.of("STAFF", "PARENTS"),
                "activityForm:topics", topics));
        return title;
    }

    @Test
    void anActivityKeepsItsTopicsAndPartnersAndAChangeReplacesThem() throws SQLException {
        String title = "Nói chuyện chuyên đề Demo về Luật Bình đẳng giới " + UUID.randomUUID();
        activity(principal, title, List.of("GENDER_EQUALITY_LAW", "CRITERIA_4969"),
                "Hội Liên hiệp Phụ nữ xã Demo\n\nCông an xã Demo\nhội liên hiệp phụ nữ xã demo");
        long id = number("SELECT id FROM communication_activity WHERE title = ?", title);
        assertEquals(List.of("CRITERIA_4969", "GENDER_EQUALITY_LAW"),
                strings("SELECT topic FROM activity_topic WHERE activity_id = ? ORDER BY topic", id));
        assertEquals(List.of("Hội Liên hiệp Phụ nữ xã Demo", "Công an xã Demo"),
                strings("SELECT name FROM activity_partner WHERE activity_id = ? ORDER BY position", id),
                "blank lines and the repeat are dropped, the order kept");

        WebClient.Page form = principal.open("/register/activity.xhtml?id=" + id);
        assertEquals(2, form.document().select("#activityForm input[name=activityForm:topics][checked]").size());
        assertEquals("Hội Liên hiệp Phụ nữ xã Demo\nCông an xã Demo",
                form.document().selectFirst("#activityForm textarea[name=activityForm:partners]").wholeText().strip());
        saved(principal, form, "activityForm", Map.of("partners", "Đoàn Thanh niên xã Demo"),
                Map.of("activityForm:topics", List.of("LABOUR_CODE_2019")));
        assertEquals(List.of("LABOUR_CODE_2019"), strings("SELECT topic FROM activity_topic WHERE activity_id = ?", id));
        assertEquals(List.of("Đoàn Thanh niên xã Demo"), strings("SELECT name FROM activity_partner WHERE activity_id = ?",
                id));

        WebClient.Page district = coordinator.open("/register/activity.xhtml?id=" + id);
        assertTrue(district.document().getElementById("activityView").text()
                .contains("Bộ luật Lao động 2019 (quy định về lao động nữ)"), district.document().text());
        assertTrue(district.document().text().contains("Đoàn Thanh niên xã Demo"));

        WebClient.Page current = principal.open("/register/activity.xhtml?id=" + id);
        saved(principal, current, "activityForm", Map.of(), Map.of("activityForm:topics", List.of("LABOUR_CODE_2019")));
        HttpResponse<String> deleted = principal.submit(principal.open("/register/activity.xhtml?id=" + id),
                "activityForm", "activityForm:delete", Map.of());
        assertTrue(WebClient.isRedirect(deleted));
        assertEquals(0, number("SELECT COUNT(*) FROM activity_topic WHERE activity_id = ?", id), "topics go with it");
    }

    @Test
    void aTrainingKeepsItsTopics() throws SQLException {
        String topic = "Tập huấn Demo lồng ghép tiêu chí 4969 " + UUID.randomUUID();
        WebClient.Page form = principal.open("/register/training.xhtml");
        saved(principal, form, "trainingForm", Map.of("topic", topic, "startsOn", TODAY, "endsOn", TODAY,
                "organiser", "Phòng GD&ĐT Demo", "participantsFemale", "9", "participantsMale", "2"),
                Map.of("trainingForm:topics", List.of("CRITERIA_4969", "DIRECTIVE_21")));
        long id = number("SELECT id FROM training WHERE topic = ?", topic);
        assertEquals(List.of("CRITERIA_4969", "DIRECTIVE_21"),
                strings("SELECT topic FROM training_topic WHERE training_id = ? ORDER BY topic", id));
    }

    private static Map<String, String> nomination(String name, String kind, String sex, String award) {
        Map<String, String> values = new HashMap<>(Map.of("awardYear", String.valueOf(TODAY_DATE.getYear()),
                "proposedOn", TODAY, "nomineeKind", kind, "name", name, "award", award,
                "achievement", "Thành tích Demo"));
        values.put("sex", sex);
        return values;
    }

    @Test
    void aNominationIsSavedChangedGuardedAgainstAStaleFormAndDeletedAndHiddenFromAnotherSchool() throws SQLException {
        String name = "Cô Demo Nguyễn Thị Thi Đua " + UUID.randomUUID();
        saved(principal, principal.open("/register/nomination.xhtml"), "nominationForm",
                nomination(name, "INDIVIDUAL", "FEMALE", "Chiến sĩ thi đua cơ sở"), Map.of());
        long id = number("SELECT id FROM emulation_nomination WHERE name = ?", name);
        assertEquals(1, number("SELECT COUNT(*) FROM audit_event WHERE action = 'REGISTER_ENTRY_CREATED' AND "
                + "target_type = 'EmulationNomination' AND target_id = ?", Long.toString(id)));
        assertEquals("FEMALE", strings("SELECT sex FROM emulation_nomination WHERE id = ?", id).get(0));

        WebClient.Page list = principal.open("/register/nominations.xhtml");
        assertTrue(list.document().select("#nominationsForm tr").stream().anyMatch(tr -> tr.text().contains(name)),
                list.document().text());
        assertTrue(list.document().getElementById("womenShare").text().matches(".*Cá nhân được đề nghị: [1-9]\\d* người, "
                + "trong đó nữ [1-9]\\d* người \\(.*%\\)\\..*"), list.document().getElementById("womenShare").text());

        WebClient phone = new WebClient(app).signedIn(DemoAccount.PRINCIPAL1.username(), DemoAccount.PASSWORD);
        WebClient.Page first = principal.open("/register/nomination.xhtml?id=" + id);
        WebClient.Page stale = phone.open("/register/nomination.xhtml?id=" + id);
        saved(principal, first, "nominationForm", Map.of("award", "Lao động tiên tiến"), Map.of());
        HttpResponse<String> refused = phone.submit(stale, "nominationForm", "nominationForm:save",
                fields(stale, "nominationForm", Map.of("award", "Bằng khen Demo")));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("vừa được người khác thay đổi"), "the stale save says why");
        assertEquals("Lao động tiên tiến", strings("SELECT award FROM emulation_nomination WHERE id = ?", id).get(0));

        assertEquals(404, otherSchool.open("/register/nomination.xhtml?id=" + id).status());
        WebClient.Page district = coordinator.open("/register/nomination.xhtml?id=" + id);
        assertEquals(200, district.status());
        assertNull(district.document().getElementById("nominationForm"), "the district reads, not changes");

        saved(principal, principal.open("/register/nomination.xhtml?id=" + id), "nominationForm", Map.of(), Map.of());
        HttpResponse<String> deleted = principal.submit(principal.open("/register/nomination.xhtml?id=" + id),
                "nominationForm", "nominationForm:delete", Map.of());
        assertTrue(WebClient.isRedirect(deleted));
        assertEquals(0, number("SELECT COUNT(*) FROM emulation_nomination WHERE id = ?", id));
        assertEquals(1, number("SELECT COUNT(*) FROM audit_event WHERE action = 'REGISTER_ENTRY_DELETED' AND "
                + "target_type = 'EmulationNomination' AND target_id = ?", Long.toString(id)));
    }

    @Test
    void anIndividualWithoutSexIsRefusedAndACollectiveKeepsNone() throws SQLException {
        String person = "Thầy Demo Không Ghi Giới Tính " + UUID.randomUUID();
        WebClient.Page form = principal.open("/register/nomination.xhtml");
        HttpResponse<String> refused = principal.submit(form, "nominationForm", "nominationForm:save",
                fields(form, "nominationForm", nomination(person, "INDIVIDUAL", "", "Lao động tiên tiến")));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("phải ghi giới tính nam hoặc nữ"), "says why");
        assertEquals(0, number("SELECT COUNT(*) FROM emulation_nomination WHERE name = ?", person));

        String collective = "Tổ Demo Khối Năm " + UUID.randomUUID();
        saved(principal, principal.open("/register/nomination.xhtml"), "nominationForm",
                nomination(collective, "COLLECTIVE", "MALE", "Tập thể lao động tiên tiến"), Map.of());
        long id = number("SELECT id FROM emulation_nomination WHERE name = ?", collective);
        assertNull(strings("SELECT sex FROM emulation_nomination WHERE id = ?", id).get(0));
    }

    // ---- exports ---------------------------------------------------------------------------------

    private static XSSFWorkbook export(WebClient client, String page, String formId, Map<String, String> filter)
            throws IOException {
        WebClient.Page list = client.open(page);
        HttpResponse<byte[]> file = client.submitForFile(list, formId, formId + ":export", fields(list, formId, filter));
        assertEquals(200, file.statusCode(), new String(file.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(file.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"),
                file.headers().map().toString());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        return new XSSFWorkbook(new ByteArrayInputStream(file.body()));
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(HEADER_ROW).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    private static List<Row> rows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            rows.add(sheet.getRow(r));
        }
        return rows;
    }

    private static boolean holds(Sheet sheet, String text) {
        return rows(sheet).stream().anyMatch(row -> {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return true;
                }
            }
            return false;
        });
    }

    @Test
    void theActivitiesExportHoldsTheCallersRowsOnlyWithTypedCells() throws IOException {
        String own = activity(principal, "Hoạt động Demo xuất Excel " + UUID.randomUUID(), List.of("OTHER"), "");
        String others = activity(otherSchool, "Hoạt động Demo trường khác " + UUID.randomUUID(), List.of("OTHER"), "");

        try (XSSFWorkbook book = export(principal, "/register/activities.xhtml", "activitiesForm",
                Map.of("from", TODAY, "to", TODAY))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(List.of("Ngày tổ chức", "Tên hoạt động", "Đơn vị", "Hình thức", "Đối tượng",
                    "Số người tham gia nữ", "Số người tham gia nam", "Tổng số người tham gia", "Tháng hành động",
                    "Đánh giá hiệu quả"), headers(sheet));
            assertTrue(holds(sheet, own), "the caller's row is exported");
            assertFalse(holds(sheet, others), "another school's row is not");
            Row row = rows(sheet).stream().filter(r -> r.getCell(1).getStringCellValue().equals(own)).findFirst()
                    .orElseThrow();
            assertEquals(TODAY, new DataFormatter().formatCellValue(row.getCell(0)));
            assertEquals(CellType.NUMERIC, row.getCell(0).getCellType(), "a date cell");
            assertEquals(40.0, row.getCell(5).getNumericCellValue());
            assertEquals(52.0, row.getCell(7).getNumericCellValue());
            assertEquals("Nói chuyện chuyên đề", row.getCell(3).getStringCellValue());
            assertEquals("Cán bộ, giáo viên, nhân viên; Cha mẹ học sinh", row.getCell(4).getStringCellValue());
            assertTrue(rows(sheet).stream().allMatch(r -> !r.getCell(0).getLocalDateTimeCellValue().toLocalDate()
                    .isBefore(TODAY_DATE)), "only the filter's dates");
        }

        try (XSSFWorkbook book = export(coordinator, "/register/activities.xhtml", "activitiesForm",
                Map.of("unit", "s" + otherSchoolId))) {
            Sheet sheet = book.getSheetAt(0);
            assertTrue(holds(sheet, others), "the coordinator exports the school she picked");
            assertFalse(holds(sheet, own));
            assertEquals("Đơn vị: Trường Mầm non tư thục Demo Cầu Vồng", sheet.getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void everyRegisterListExportsWithItsVietnameseHeaders() throws IOException {
        String name = "Cô Demo Xuất Excel " + UUID.randomUUID();
        saved(principal, principal.open("/register/nomination.xhtml"), "nominationForm",
                nomination(name, "INDIVIDUAL", "FEMALE", "Lao động tiên tiến"), Map.of());
        try (XSSFWorkbook book = export(principal, "/register/nominations.xhtml", "nominationsForm", Map.of())) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(List.of("Năm thi đua", "Ngày đề nghị", "Tập thể/cá nhân", "Tên tập thể/họ và tên",
                    "Giới tính (cá nhân)", "Danh hiệu/hình thức khen thưởng đề nghị", "Đơn vị", "Tóm tắt thành tích"),
                    headers(sheet));
            Row row = rows(sheet).stream().filter(r -> r.getCell(3).getStringCellValue().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("nomination not exported"));
            assertEquals(TODAY_DATE.getYear(), (int) row.getCell(0).getNumericCellValue());
            assertEquals("Nữ", row.getCell(4).getStringCellValue());
            assertFalse(holds(sheet, "Cô Demo Trần Thị Hoa"), "the demo school's nominations are not the principal's");
        }
        try (XSSFWorkbook book = export(coordinator, "/register/nominations.xhtml", "nominationsForm",
                Map.of("unit", "district"))) {
            assertTrue(holds(book.getSheetAt(0), name), "the whole district holds the school's nomination");
        }
        try (XSSFWorkbook book = export(principal, "/register/trainings.xhtml", "trainingsForm", Map.of())) {
            assertEquals(List.of("Từ ngày", "Đến ngày", "Nội dung tập huấn", "Đơn vị", "Đơn vị tổ chức",
                    "Số người tham gia nữ", "Số người tham gia nam", "Tổng số người tham gia", "Cán bộ quản lý",
                    "Thành viên Ban VSTBPN", "Giáo viên", "Lãnh đạo nữ", "Ghi chú"), headers(book.getSheetAt(0)));
        }
        try (XSSFWorkbook book = export(principal, "/register/documents.xhtml", "documentsForm", Map.of())) {
            assertEquals(List.of("Số văn bản", "Ngày ban hành", "Loại văn bản", "Trích yếu", "Đơn vị"),
                    headers(book.getSheetAt(0)));
        }
        try (XSSFWorkbook book = export(coordinator, "/register/inspections.xhtml", "inspectionsForm", Map.of())) {
            assertEquals(List.of("Năm", "Ngày dự kiến", "Trường", "Nội dung kiểm tra", "Ngày kiểm tra",
                    "Kết quả kiểm tra", "Kiến nghị"), headers(book.getSheetAt(0)));
        }
    }
}
