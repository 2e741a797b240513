package vn.tincay.register.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestSchool;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * Work plans with their budget through the shared register shape: saved with lines and totals, changed,
 * a stale form refused, deleted and audited; read-only for the district, not found for another school;
 * amounts refused with Vietnamese messages; and the plans of the period in the school's II.4 a).
 */
@ExtendWith(TinCayServer.class)
class WorkPlanIT {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static RunningApp app;
    private static WebClient principal;
    private static WebClient coordinator;
    /** The focal point of a kindergarten that no other test and no demo plan touches. */
    private static WebClient kindergarten;

    @BeforeAll
    static void signIn(RunningApp runningApp) throws SQLException {
        app = runningApp;
        principal = new WebClient(app).signedIn(DemoAccount.PRINCIPAL1.username(), DemoAccount.PASSWORD);
        coordinator = new WebClient(app).signedIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
        // A kindergarten of its own, like Hoa Sen: the report's figures are this test's alone.
        String other = TestSchool.like(app, "HDEMO-MN-HOASEN", "PLAN").focalPoint(app, "planschool");
        kindergarten = new WebClient(app).signedIn(other, DemoAccount.PASSWORD);
    }

    private static Map<String, String> plan(int year, String number, LocalDate issuedOn, String title, String content,
                                            String planned, String spent) {
        Map<String, String> form = new HashMap<>();
        form.put("planForm:year", Integer.toString(year));
        form.put("planForm:number", number);
        form.put("planForm:issuedOn_input", DMY.format(issuedOn));
        form.put("planForm:title", title);
        form.put("planForm:activities:0:content", content);
        form.put("planForm:activities:0:planned", planned);
        form.put("planForm:activities:0:spent", spent);
        form.put("planForm:activities:0:source", "STATE_BUDGET");
        form.put("planForm:activities:0:status", "IN_PROGRESS");
        return form;
    }

    /** Presses an ajax button of the form (adding a line), as PrimeFaces would, keeping what is typed. */
    private static void ajax(WebClient client, WebClient.Page page, String button, String execute,
                             Map<String, String> typed) {
        Map<String, String> values = new HashMap<>(typed);
        values.put("jakarta.faces.partial.ajax", "true");
        values.put("jakarta.faces.source", button);
        values.put("jakarta.faces.partial.execute", button + " " + execute);
        values.put("jakarta.faces.partial.render", execute);
        HttpResponse<String> answer = client.submit(page, "planForm", button, values);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("partial-response"), answer.body());
    }

    private static WebClient.Page saved(WebClient client, WebClient.Page form, String button, Map<String, String> values) {
        return RegisterRows.savedByName(client, form, "planForm", button, values);
    }

    private static long planId(String title) throws SQLException {
        return RegisterRows.idOf(app, "work_plan", "title", title);
    }

    /** planned, spent, mobilised, version and the number of activity lines of a plan; null when it is gone. */
    private static long[] stored(long id) throws SQLException {
        try (Connection db = app.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT p.planned_total, p.spent_total, p.mobilised_total, p.version, "
                        + "(SELECT COUNT(*) FROM work_plan_activity a WHERE a.plan_id = p.id) FROM work_plan p WHERE p.id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)} : null;
            }
        }
    }

    private static int audited(String action, long id) throws SQLException {
        return RegisterRows.audited(app, action, "WorkPlan", id);
    }

    @Test
    void aPlanIsSavedWithItsLinesReadOnlyForTheDistrictAndNotFoundForAnotherSchool() throws SQLException {
        String title = "Kế hoạch Demo vì sự tiến bộ của phụ nữ " + UUID.randomUUID();
        WebClient.Page form = principal.open("/register/plan.xhtml");
        Map<String, String> typed = plan(TODAY.getYear(), "07/KH-THDEMO", TODAY, title,
                "Hội thi Demo tìm hiểu Luật Bình đẳng giới", "1.500.000", "1800000");
        ajax(principal, form, "planForm:addActivity", "planForm:activitiesBox", typed);
        typed.put("planForm:activities:1:content", "Pa-nô Demo Tháng hành động");
        typed.put("planForm:activities:1:planned", "2.000.000 đ");
        typed.put("planForm:activities:1:spent", "0");
        typed.put("planForm:activities:1:source", "MOBILISED");
        typed.put("planForm:activities:1:status", "PLANNED");
        ajax(principal, form, "planForm:addResource", "planForm:resourcesBox", typed);
        typed.put("planForm:resources:0:partner", "Công ty Demo Hướng Dương");
        typed.put("planForm:resources:0:kind", "IN_KIND");
        typed.put("planForm:resources:0:amount", "750.000");
        saved(principal, form, "save", typed);

        long id = planId(title);
        long[] row = stored(id);
        assertEquals(List.of(3_500_000L, 1_800_000L, 750_000L, 2L), List.of(row[0], row[1], row[2], row[4]),
                "planned, spent, mobilised, activity lines");
        assertEquals(1, audited("REGISTER_ENTRY_CREATED", id));

        WebClient.Page list = principal.open("/register/plans.xhtml");
        assertTrue(list.document().text().contains("3.500.000 đ"), "the list shows the plan's total the Vietnamese way");

        WebClient.Page district = coordinator.open("/register/plan.xhtml?id=" + id);
        assertEquals(200, district.status());
        assertNull(district.document().getElementById("planForm"), "the district reads, not changes");
        Element view = district.document().getElementById("planView");
        assertNotNull(view);
        assertTrue(view.text().contains("1.500.000 đ") && view.text().contains("1.800.000 đ")
                && view.text().contains("Vượt dự kiến"), "the overspent line is shown: " + view.text());
        assertTrue(view.text().contains("Công ty Demo Hướng Dương: 750.000 đ"), view.text());

        WebClient.Page other = kindergarten.open("/register/plan.xhtml?id=" + id);
        assertEquals(404, other.status());
        assertFalse(other.document().text().contains(title), "nothing of another school's plan shows");
    }

    @Test
    void negativeAndDecimalAmountsAreRefusedWithVietnameseMessagesAndNothingIsSaved() throws SQLException {
        String title = "Kế hoạch Demo số tiền sai " + UUID.randomUUID();
        WebClient.Page form = principal.open("/register/plan.xhtml");
        HttpResponse<String> refused = principal.submit(form, "planForm", "planForm:save",
                plan(TODAY.getYear(), "08/KH-THDEMO", TODAY, title, "Nói chuyện chuyên đề Demo", "-500.000", "1.500,5"));
        assertEquals(200, refused.statusCode(), "the form is shown again");
        assertTrue(refused.body().contains("Kinh phí dự kiến (đồng): số tiền không được là số âm."), refused.body());
        assertTrue(refused.body().contains("Kinh phí đã chi (đồng): nhập số đồng, không có phần lẻ"), refused.body());
        assertTrue(refused.body().contains("1.500,5"), "what was typed stays in the field");

        WebClient.Page again = principal.open("/register/plan.xhtml");
        HttpResponse<String> noContent = principal.submit(again, "planForm", "planForm:save",
                plan(TODAY.getYear(), "08/KH-THDEMO", TODAY, title, "", "100", "0"));
        assertEquals(200, noContent.statusCode(), "an activity without content is not saved");
        try (Connection db = app.connect();
             PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM work_plan WHERE title = ?")) {
            s.setString(1, title);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(0, r.getInt(1));
            }
        }
    }

    @Test
    void aPlanIsChangedAStaleFormIsRefusedAndTheDeletionIsAudited() throws SQLException {
        String title = "Kế hoạch Demo sửa và xóa " + UUID.randomUUID();
        Map<String, String> typed = plan(TODAY.getYear(), "09/KH-THDEMO", TODAY, title, "Tập huấn Demo", "1.000.000", "0");
        saved(principal, principal.open("/register/plan.xhtml"), "save", typed);
        long id = planId(title);

        WebClient phone = new WebClient(app).signedIn(DemoAccount.PRINCIPAL1.username(), DemoAccount.PASSWORD);
        WebClient.Page first = principal.open("/register/plan.xhtml?id=" + id);
        WebClient.Page stale = phone.open("/register/plan.xhtml?id=" + id);
        assertEquals("1.000.000", first.document().getElementById("planForm:activities:0:planned").val(),
                "the amount is shown back with dots");
        long versionRead = stored(id)[3];
        typed.put("planForm:activities:0:planned", "1.200.000");
        typed.put("planForm:activities:0:spent", "900.000");
        saved(principal, first, "save", typed);
        long[] changed = stored(id);
        assertEquals(List.of(1_200_000L, 900_000L, 0L, 1L), List.of(changed[0], changed[1], changed[2], changed[4]));
        assertTrue(changed[3] > versionRead, "the change is a new version");

        typed.put("planForm:activities:0:planned", "5.000.000");
        HttpResponse<String> refused = phone.submit(stale, "planForm", "planForm:save", typed);
        assertEquals(200, refused.statusCode(), "the form is shown again, not left");
        assertTrue(refused.body().contains("vừa được người khác thay đổi"), "the stale save says why");
        assertEquals(java.util.Arrays.toString(changed), java.util.Arrays.toString(stored(id)), "the saved version stays");

        assertEquals(404, kindergarten.open("/register/plan.xhtml?id=" + id).status());
        saved(principal, principal.open("/register/plan.xhtml?id=" + id), "delete", Map.of());
        assertNull(stored(id), "deleted");
        assertEquals(1, audited("REGISTER_ENTRY_DELETED", id));
    }

    @Test
    void theSchoolsInterimReportCountsOnlyThePlansIssuedInItsPeriod() throws SQLException {
        WebClient.Page index = kindergarten.open("/report/index.xhtml");
        LocalDate from = LocalDate.of(TODAY.getYear(), 1, 1);
        LocalDate to = LocalDate.of(TODAY.getYear(), 5, 12);
        try (Connection db = app.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT p.covers_from, p.covers_to FROM reporting_period p JOIN district d ON d.id = p.district_id "
                        + "WHERE d.code = 'HDEMO' AND p.year = ? AND p.kind = 'INTERIM'")) {
            s.setInt(1, TODAY.getYear());
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    from = r.getObject(1, Date.class).toLocalDate();
                    to = r.getObject(2, Date.class).toLocalDate();
                }
            }
        }
        String inside = "Kế hoạch Demo trong kỳ " + UUID.randomUUID();
        WebClient.Page form = kindergarten.open("/register/plan.xhtml");
        Map<String, String> typed = plan(TODAY.getYear(), "01/KH-MNDEMO", from.plusDays(9), inside,
                "Sinh hoạt chuyên đề Demo", "2.000.000", "500.000");
        ajax(kindergarten, form, "planForm:addResource", "planForm:resourcesBox", typed);
        typed.put("planForm:resources:0:partner", "Hội Cha mẹ học sinh Demo Hoa Sen");
        typed.put("planForm:resources:0:kind", "CASH");
        typed.put("planForm:resources:0:amount", "300.000");
        saved(kindergarten, form, "save", typed);
        LocalDate after = to.plusDays(1);
        boolean outsideToo = !after.isAfter(TODAY);
        if (outsideToo) {
            saved(kindergarten, kindergarten.open("/register/plan.xhtml"), "save", plan(TODAY.getYear(), "02/KH-MNDEMO",
                    after, "Kế hoạch Demo ngoài kỳ " + UUID.randomUUID(), "Hội thi Demo", "9.000.000", "0"));
        }

        String wanted = "Báo cáo sơ kết " + TODAY.getYear();
        Element row = index.document().select("#reportsForm tr").stream()
                .filter(tr -> tr.text().contains(wanted) && tr.selectFirst("button[id$=openReport]") != null)
                .findFirst().orElseThrow(() -> new AssertionError("No row " + wanted + " in " + index.document().text()));
        WebClient.Page edit = kindergarten.follow(kindergarten.submit(index, "reportsForm",
                row.selectFirst("button[id$=openReport]").attr("name"), Map.of()));
        assertTrue(edit.path().endsWith("/report/edit.xhtml"), edit.path() + " " + edit.document().text());
        Element section = edit.document().getElementById("section_II_4_A");
        assertNotNull(section, edit.document().text());
        String text = section.select("textarea").text();
        assertTrue(text.contains("Về kế hoạch công tác và kinh phí: đơn vị đã ban hành 1 kế hoạch công tác vì sự tiến bộ "
                + "của phụ nữ kèm dự toán kinh phí theo Thông tư số 191/2009/TT-BTC của Bộ Tài chính, tổng kinh phí dự "
                + "kiến 2.000.000 đ; theo sổ theo dõi, đã chi 500.000 đ (bằng 25% kinh phí dự kiến). Nguồn lực huy động, "
                + "xã hội hóa từ các tổ chức, cá nhân (tiền và hiện vật quy ra tiền): 300.000 đ."), text);
        assertFalse(text.contains("9.000.000"), "a plan issued after the period is not claimed: " + text);
        assertTrue(outsideToo || TODAY.isBefore(after), "the outside plan was left out only because it cannot be dated yet");

        String reportId = edit.response().uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
        Map<String, Long> figures = new HashMap<>();
        try (Connection db = app.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT figure, figure_value FROM periodic_report_figure WHERE report_id = ? AND figure LIKE 'WORK_PLAN%'")) {
            s.setLong(1, Long.parseLong(reportId));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    figures.put(r.getString(1), r.getLong(2));
                }
            }
        }
        assertEquals(Map.of("WORK_PLANS", 1L, "WORK_PLAN_BUDGET_PLANNED", 2_000_000L, "WORK_PLAN_BUDGET_SPENT", 500_000L,
                "WORK_PLAN_RESOURCES_MOBILISED", 300_000L), figures, "the report keeps the figures the district sums");
    }
}
