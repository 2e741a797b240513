package vn.tincay.register.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TestSchool;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * The inspection checklist of letter 000 §4đ over HTTP against MariaDB: the coordinator plans the
 * topics of an inspection of the demo Hoa Sen school and records a result per topic; the school
 * records its own self-inspection against the same topics; another school gets "not found"; and the
 * school's interim report is pre-filled with the checklist, the self-inspection (II.4 d) and the
 * succession pool (II.1 b). The school is a copy of Hoa Sen that only this test uses, so the numbers are exact.
 */
@ExtendWith(TinCayServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InspectionChecklistIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Inside this year's interim period (01/01 – 12/05) and not in the future. */
    private static final LocalDate EARLY_THIS_YEAR = LocalDate.now(VIETNAM).withDayOfYear(2);

    private static RunningApp app;
    private static TestSchool school;
    private static WebClient hoaSen;
    private static WebClient otherSchool;
    private static WebClient coordinator;
    private static long inspectionId;
    private static long selfInspectionId;

    @BeforeAll
    static void signIn(RunningApp runningApp) throws SQLException {
        app = runningApp;
        coordinator = new WebClient(app).signedIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
        // A kindergarten of its own, like Hoa Sen: the report's figures are this test's alone.
        school = TestSchool.like(app, "HDEMO-MN-HOASEN", "CHK");
        hoaSen = new WebClient(app).signedIn(school.focalPoint(app, "checklist"), DemoAccount.PASSWORD);
        otherSchool = new WebClient(app).signedIn(focalPointAt("HDEMO-MN-CAUVONG"), DemoAccount.PASSWORD);
    }

    /** A focal point like principal1, moved to the demo school with this code. */
    private static String focalPointAt(String schoolCode) throws SQLException {
        String username = TestAccount.in(app).likeDemoAccount(DemoAccount.PRINCIPAL1).named("checklist").create();
        try (Connection db = app.connect(); PreparedStatement move = db.prepareStatement(
                "UPDATE user_account SET school_id = (SELECT id FROM school WHERE code = ?) WHERE username = ?")) {
            move.setString(1, schoolCode);
            move.setString(2, username);
            assertEquals(1, move.executeUpdate());
        }
        return username;
    }

    private static Map<String, String> fields(WebClient.Page form, String formId, Map<String, String> byField) {
        Map<String, String> values = new HashMap<>();
        byField.forEach((field, value) -> {
            Element input = form.document().selectFirst("#" + formId + " [name^=" + formId + ":" + field + "]");
            assertNotNull(input, "no field " + field + " in " + formId + ": " + form.document().text());
            values.put(input.attr("name"), value);
        });
        return values;
    }

    private static HttpResponse<String> submit(WebClient client, WebClient.Page form, String formId,
                                               Map<String, String> byField) {
        return client.submit(form, formId, formId + ":save", fields(form, formId, byField));
    }

    private static void saved(WebClient client, WebClient.Page form, String formId, Map<String, String> byField) {
        HttpResponse<String> answer = submit(client, form, formId, byField);
        WebClient.Page after = client.follow(answer);
        assertTrue(WebClient.isRedirect(answer), "not saved: " + after.messages() + " " + after.document().text());
    }

    /** topic → result (NULL as null) of a stored checklist, in the letter's order. */
    private static Map<String, String> checklist(String parentColumn, long id) throws SQLException {
        Map<String, String> results = new LinkedHashMap<>();
        try (Connection db = app.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT topic, result FROM inspection_checklist_item WHERE " + parentColumn + " = ? ORDER BY "
                        + "FIELD(topic, 'COMMITTEE', 'POLICY', 'WOMEN_STAFF', 'VIOLENCE', 'NEGATIVE_IMPACTS', "
                        + "'DIFFICULTIES')")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    results.put(r.getString(1), r.getString(2));
                }
            }
        }
        return results;
    }

    private static long idOf(String sql, String value) throws SQLException {
        try (Connection db = app.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "nothing for " + value);
                return r.getLong(1);
            }
        }
    }

    @Test
    @Order(1)
    void theCoordinatorPlansTheTopicsOfAnInspectionThenRecordsAResultForEach() throws SQLException {
        String content = "Kiểm tra Demo theo kế hoạch tháng 5 " + UUID.randomUUID();
        WebClient.Page form = coordinator.open("/register/inspection.xhtml");
        String hoaSenId = form.document().select("#inspectionForm [name^=inspectionForm:school] option").stream()
                .filter(option -> option.text().contains(school.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no Hoa Sen to choose")).attr("value");
        assertTrue(form.document().text().contains("Công tác cán bộ nữ và việc quy hoạch, tạo nguồn, bổ nhiệm và sử dụng "
                + "cán bộ nữ"), "the topics are worded as the letter words them");
        saved(coordinator, form, "inspectionForm", Map.of("school", hoaSenId, "plannedOn",
                EARLY_THIS_YEAR.format(DATE), "content", content, "checklist:0:covered", "on",
                "checklist:2:covered", "on"));
        inspectionId = idOf("SELECT id FROM inspection_plan_item WHERE content = ?", content);
        Map<String, String> planned = new LinkedHashMap<>();
        planned.put("COMMITTEE", null);
        planned.put("WOMEN_STAFF", null);
        assertEquals(planned, checklist("plan_item_id", inspectionId), "two topics planned, none assessed yet");

        Map<String, String> result = new HashMap<>(Map.of("school", hoaSenId, "plannedOn", EARLY_THIS_YEAR.format(DATE),
                "content", content, "doneOn", EARLY_THIS_YEAR.format(DATE), "findings", "Hồ sơ Ban VSTBPN Demo đầy đủ",
                "checklist:0:covered", "on", "checklist:2:covered", "on", "checklist:0:result", "MET",
                "checklist:2:result", "NOT_MET"));
        WebClient.Page edit = coordinator.open("/register/inspection.xhtml?id=" + inspectionId);
        HttpResponse<String> refused = submit(coordinator, edit, "inspectionForm", result);
        assertEquals(200, refused.statusCode(), "a topic not met without a remark is refused");
        assertTrue(refused.body().contains("Nội dung 3: chưa đạt hoặc đạt một phần thì cần ghi nhận xét."),
                refused.body());
        assertEquals(planned, checklist("plan_item_id", inspectionId), "nothing stored from the refused form");

        result.put("checklist:2:remark", "Chưa có danh sách quy hoạch cán bộ nữ (Demo)");
        saved(coordinator, coordinator.open("/register/inspection.xhtml?id=" + inspectionId), "inspectionForm", result);
        Map<String, String> assessed = new LinkedHashMap<>();
        assessed.put("COMMITTEE", "MET");
        assessed.put("WOMEN_STAFF", "NOT_MET");
        assertEquals(assessed, checklist("plan_item_id", inspectionId));

        // Changing one topic's result rewrites its row, not a second one.
        result.put("checklist:2:result", "PARTLY_MET");
        saved(coordinator, coordinator.open("/register/inspection.xhtml?id=" + inspectionId), "inspectionForm", result);
        assessed.put("WOMEN_STAFF", "PARTLY_MET");
        assertEquals(assessed, checklist("plan_item_id", inspectionId));

        WebClient.Page inspected = hoaSen.open("/register/inspection.xhtml?id=" + inspectionId);
        assertEquals(200, inspected.status());
        assertNull(inspected.document().getElementById("inspectionForm"), "the school reads its inspection");
        String view = inspected.document().getElementById("checklistView").text();
        assertTrue(view.contains("Đạt một phần") && view.contains("Chưa có danh sách quy hoạch cán bộ nữ (Demo)"), view);
        assertEquals(404, otherSchool.open("/register/inspection.xhtml?id=" + inspectionId).status());
    }

    @Test
    @Order(2)
    void aSchoolRecordsAndCorrectsItsSelfInspectionWhichTheDistrictReadsAndNoOtherSchoolSees() throws SQLException {
        String note = "Tự kiểm tra Demo " + UUID.randomUUID();
        Map<String, String> form = new HashMap<>(Map.of("doneOn", EARLY_THIS_YEAR.format(DATE), "note", note));
        for (int topic = 0; topic < 6; topic++) {
            form.put("checklist:" + topic + ":result", "MET");
        }
        form.put("checklist:5:result", "NOT_MET");
        WebClient.Page blank = hoaSen.open("/register/self-inspection.xhtml");
        HttpResponse<String> refused = submit(hoaSen, blank, "selfInspectionForm", form);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Nội dung 6: chưa đạt hoặc đạt một phần thì cần ghi nhận xét."),
                refused.body());

        form.put("checklist:5:remark", "Chưa có kinh phí riêng (Demo)");
        saved(hoaSen, hoaSen.open("/register/self-inspection.xhtml"), "selfInspectionForm", form);
        selfInspectionId = idOf("SELECT id FROM self_inspection WHERE note = ?", note);
        assertEquals(6, checklist("self_inspection_id", selfInspectionId).size(), "every topic assessed");
        assertEquals("NOT_MET", checklist("self_inspection_id", selfInspectionId).get("DIFFICULTIES"));

        form.put("checklist:3:result", "PARTLY_MET");
        form.put("checklist:3:remark", "Chưa tổ chức sinh hoạt chuyên đề (Demo)");
        saved(hoaSen, hoaSen.open("/register/self-inspection.xhtml?id=" + selfInspectionId), "selfInspectionForm", form);
        Map<String, String> stored = checklist("self_inspection_id", selfInspectionId);
        assertEquals("PARTLY_MET", stored.get("VIOLENCE"));
        assertEquals(6, stored.size());

        WebClient.Page list = hoaSen.open("/register/self-inspections.xhtml");
        assertTrue(list.document().text().contains(note), "listed for the school");
        WebClient.Page district = coordinator.open("/register/self-inspection.xhtml?id=" + selfInspectionId);
        assertEquals(200, district.status());
        assertNull(district.document().getElementById("selfInspectionForm"), "the district reads, not changes");
        assertTrue(district.document().getElementById("selfInspectionView").text().contains("Chưa đạt"));
        assertEquals(404, coordinator.open("/register/self-inspection.xhtml").status(),
                "the district office does not inspect itself");

        WebClient.Page other = otherSchool.open("/register/self-inspection.xhtml?id=" + selfInspectionId);
        assertEquals(404, other.status());
        assertFalse(other.document().text().contains(note), "nothing of another school's self-inspection shows");
        assertFalse(otherSchool.open("/register/self-inspections.xhtml").document().text().contains(note));
    }

    @Test
    @Order(3)
    void theInterimReportOfTheSchoolIsPrefilledWithTheChecklistSelfInspectionAndSuccessionPool() throws Exception {
        assertTrue(inspectionId > 0 && selfInspectionId > 0, "the earlier tests recorded both");
        // The periods of the year exist once the register is opened; Hoa Sen's staff for each of them.
        assertEquals(200, coordinator.open("/register/staff.xhtml").status());
        try (Connection db = app.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO staff_statistics (district_id, school_id, unit_key, period_id, as_of, staff_female, "
                        + "staff_male, leaders_female, leaders_male, succession_pool_female, succession_pool_male, "
                        + "created_by, created_at, updated_by, updated_at, version) "
                        + "SELECT s.district_id, s.id, s.id, p.id, p.covers_from, 20, 4, 1, 1, 5, 3, "
                        + "'test', UTC_TIMESTAMP(3), 'test', UTC_TIMESTAMP(3), 0 "
                        + "FROM school s JOIN reporting_period p ON p.district_id = s.district_id "
                        + "WHERE s.code = ? AND p.year = ?")) {
            insert.setString(1, school.code());
            insert.setInt(2, EARLY_THIS_YEAR.getYear());
            assertTrue(insert.executeUpdate() > 0);
        }
        WebClient.Page staff = hoaSen.open("/register/staff.xhtml");
        assertNotNull(staff.document().selectFirst("[name^=staffForm:poolFemale]"), "the pool is on the staff form");

        long reportId = openInterimReport();
        Map<String, Long> figures = new HashMap<>();
        try (Connection db = app.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT figure, figure_value FROM periodic_report_figure WHERE report_id = ?")) {
            s.setLong(1, reportId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    figures.put(r.getString(1), r.getLong(2));
                }
            }
        }
        assertEquals(5L, figures.get("SUCCESSION_POOL_FEMALE"), figures.toString());
        assertEquals(3L, figures.get("SUCCESSION_POOL_MALE"));
        assertEquals(1L, figures.get("INSPECTIONS_DONE"));
        assertEquals(2L, figures.get("INSPECTION_TOPICS_PLANNED"));
        assertEquals(1L, figures.get("INSPECTION_TOPICS_MET"));
        assertEquals(1L, figures.get("INSPECTION_TOPICS_PARTLY_MET"));
        assertEquals(0L, figures.getOrDefault("INSPECTION_TOPICS_NOT_MET", 0L));
        assertEquals(1L, figures.get("SELF_INSPECTIONS"));
        assertEquals(4L, figures.get("SELF_INSPECTION_TOPICS_MET"));
        assertEquals(1L, figures.get("SELF_INSPECTION_TOPICS_PARTLY_MET"));
        assertEquals(1L, figures.get("SELF_INSPECTION_TOPICS_NOT_MET"));

        WebClient.Page edit = hoaSen.open("/report/edit.xhtml?id=" + reportId);
        String text = edit.document().select("textarea").stream().map(Element::text)
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(text.contains("Cán bộ trong diện quy hoạch chức vụ lãnh đạo, quản lý: 8 người, trong đó nữ 5 người "
                + "(62,5%)."), text);
        assertTrue(text.contains("Nội dung kiểm tra gồm 2 nội dung theo hướng dẫn của Phòng GD&ĐT."), text);
        assertTrue(text.contains("Kết quả theo nội dung kiểm tra: 1 nội dung đạt, 1 nội dung đạt một phần."), text);
        assertTrue(text.contains("Đơn vị đã tự kiểm tra 1 lần theo các nội dung hướng dẫn; kết quả tự đánh giá: "
                + "4 nội dung đạt, 1 nội dung đạt một phần, 1 nội dung chưa đạt."), text);
    }

    @Test
    @Order(4)
    void deletingASelfInspectionDeletesItsChecklistWithIt() throws SQLException {
        WebClient.Page own = hoaSen.open("/register/self-inspection.xhtml?id=" + selfInspectionId);
        HttpResponse<String> answer = hoaSen.submit(own, "selfInspectionForm", "selfInspectionForm:delete", Map.of());
        assertTrue(WebClient.isRedirect(answer), hoaSen.follow(answer).document().text());
        assertEquals(Map.of(), checklist("self_inspection_id", selfInspectionId));
        assertEquals(2, checklist("plan_item_id", inspectionId).size(), "the inspection's checklist stays");
    }

    private static long openInterimReport() {
        WebClient.Page index = hoaSen.open("/report/index.xhtml");
        String wanted = "Báo cáo sơ kết " + EARLY_THIS_YEAR.getYear();
        Element row = index.document().select("#reportsForm tr").stream()
                .filter(tr -> tr.text().contains(wanted) && tr.selectFirst("button[id$=openReport]") != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + wanted + " in " + index.document().text()));
        HttpResponse<String> answer = hoaSen.submit(index, "reportsForm",
                row.selectFirst("button[id$=openReport]").attr("name"), Map.of());
        WebClient.Page edit = hoaSen.follow(answer);
        assertTrue(edit.path().endsWith("/report/edit.xhtml"), edit.path() + " " + edit.document().text());
        return Long.parseLong(edit.response().uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
    }
}
