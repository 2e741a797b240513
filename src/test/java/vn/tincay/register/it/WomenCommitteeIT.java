package vn.tincay.register.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tincay.register.it.RegisterRows.fields;
import static vn.tincay.register.it.RegisterRows.saved;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TestSchool;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * The committee register (issue 10) through its pages against MariaDB: a decision with its members saved,
 * changed, refused when stale and deleted (audited) by the school that keeps it; read-only for the district;
 * not found for another school, its meetings' minutes too; and the numbers the interim report's II.4 b)
 * is pre-filled with. The school is a copy of the demo's kindergarten Hoa Sen that only this test uses.
 */
@ExtendWith(TinCayServer.class)
class WomenCommitteeIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DAY);

    private static RunningApp app;
    private static WebClient school;
    private static WebClient coordinator;
    private static WebClient otherSchool;

    @BeforeAll
    static void signIn(RunningApp runningApp) throws SQLException {
        app = runningApp;
        coordinator = new WebClient(app).signedIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
        // A kindergarten of its own, like Hoa Sen: the report's figures are this test's alone.
        TestSchool own = TestSchool.like(app, "HDEMO-MN-HOASEN", "COM");
        school = new WebClient(app).signedIn(own.focalPoint(app, "committeehoasen"), DemoAccount.PASSWORD);
        otherSchool = new WebClient(app).signedIn(focalPointOf("HDEMO-MN-CAUVONG", "committeecauvong"),
                DemoAccount.PASSWORD);
    }

    /** A focal point like principal1, moved to the school with the code. */
    private static String focalPointOf(String schoolCode, String prefix) throws SQLException {
        String username = TestAccount.in(app).likeDemoAccount(DemoAccount.PRINCIPAL1).named(prefix).create();
        try (Connection db = app.connect(); PreparedStatement move = db.prepareStatement(
                "UPDATE user_account SET school_id = (SELECT id FROM school WHERE code = ?) WHERE username = ?")) {
            move.setString(1, schoolCode);
            move.setString(2, username);
            assertEquals(1, move.executeUpdate());
        }
        return username;
    }

    private static Map<String, String> decision(String number, String date, String name, String role, String sex,
                                                int from, int to) {
        Map<String, String> form = new HashMap<>();
        form.put("decisionNumber", number);
        form.put("decidedOn", date);
        form.put("signerBody", "Hiệu trưởng Trường Mầm non Demo Hoa Sen");
        form.put("member:0:fullName", name);
        form.put("member:0:role", role);
        form.put("member:0:sex", sex);
        form.put("member:0:jobTitle", "Hiệu trưởng");
        form.put("member:0:termFrom", Integer.toString(from));
        form.put("member:0:termTo", Integer.toString(to));
        return form;
    }

    private static long idOf(String sql, String value) throws SQLException {
        try (Connection db = app.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "nothing for " + sql + " " + value);
                return r.getLong(1);
            }
        }
    }

    private static long count(String sql, Object value) throws SQLException {
        try (Connection db = app.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            s.setObject(1, value);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void aDecisionWithItsMembersIsKeptByItsSchoolReadByTheDistrictAndHiddenFromAnotherSchool() throws SQLException {
        String number = "QĐ-" + UUID.randomUUID().toString().substring(0, 8);
        int year = Year.now().getValue();
        saved(school, school.open("/register/committee.xhtml"), "committeeForm", "save",
                decision(number, TODAY, "Nguyễn Thị Demo Trưởng Ban", "HEAD", "FEMALE", year, year + 4));
        long id = idOf("SELECT id FROM women_committee WHERE decision_number = ?", number);
        assertEquals(1, count("SELECT COUNT(*) FROM women_committee_member WHERE committee_id = ?", id));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'REGISTER_ENTRY_CREATED' "
                + "AND target_type = 'WomenCommittee' AND target_id = ?", Long.toString(id)));

        WebClient.Page list = school.open("/register/committees.xhtml");
        assertTrue(list.document().text().contains(number), "the list shows the decision");

        WebClient.Page district = coordinator.open("/register/committee.xhtml?id=" + id);
        assertEquals(200, district.status());
        assertNull(district.document().getElementById("committeeForm"), "the district reads, not changes");
        assertTrue(district.document().getElementById("memberList").text().contains("Nguyễn Thị Demo Trưởng Ban"));

        WebClient.Page other = otherSchool.open("/register/committee.xhtml?id=" + id);
        assertEquals(404, other.status());
        assertFalse(other.document().text().contains("Nguyễn Thị Demo Trưởng Ban"));
        assertFalse(otherSchool.open("/register/committees.xhtml").document().text().contains(number));

        // Two forms read at the same version: the second save is refused, the first stays.
        WebClient.Page first = school.open("/register/committee.xhtml?id=" + id);
        WebClient.Page stale = school.open("/register/committee.xhtml?id=" + id);
        saved(school, first, "committeeForm", "save", Map.of("member:0:fullName", "Nguyễn Thị Demo Đã Sửa"));
        HttpResponse<String> refused = school.submit(stale, "committeeForm", "committeeForm:save",
                fields(stale, "committeeForm", Map.of("member:0:fullName", "Nguyễn Thị Demo Bản Cũ")));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("vừa được người khác thay đổi"), "the stale save says why");
        assertEquals(1, count("SELECT COUNT(*) FROM women_committee_member WHERE full_name = 'Nguyễn Thị Demo Đã Sửa' "
                + "AND committee_id = ?", id), "the saved version stays");

        // A second head, a term backwards: refused with the rule's message, nothing changed.
        WebClient.Page edit = school.open("/register/committee.xhtml?id=" + id);
        HttpResponse<String> backwards = school.submit(edit, "committeeForm", "committeeForm:save",
                fields(edit, "committeeForm", Map.of("member:0:termFrom", "2030", "member:0:termTo", "2026")));
        assertTrue(backwards.body().contains("Nhiệm kỳ không hợp lệ"), "the term rule says why");

        saved(school, school.open("/register/committee.xhtml?id=" + id), "committeeForm", "delete", Map.of());
        assertEquals(0, count("SELECT COUNT(*) FROM women_committee WHERE id = ?", id));
        assertEquals(0, count("SELECT COUNT(*) FROM women_committee_member WHERE committee_id = ?", id));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'REGISTER_ENTRY_DELETED' "
                + "AND target_type = 'WomenCommittee' AND target_id = ?", Long.toString(id)));
    }

    @Test
    void theMinutesOfAMeetingAreDownloadedByTheSchoolAndTheDistrictOnlyAndEachDownloadIsAudited() throws Exception {
        String content = "Họp Ban Demo " + UUID.randomUUID();
        saved(school, school.open("/register/committee-meeting.xhtml"), "meetingForm", "save",
                Map.of("heldOn", TODAY, "content", content));
        long meeting = idOf("SELECT id FROM women_committee_meeting WHERE content = ?", content);
        byte[] pdf = "%PDF-1.4\n% Bien ban Demo\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        try (Connection db = app.connect()) {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO women_committee_minutes (file_name, "
                    + "content_type, size_bytes, content, uploaded_by, uploaded_at) VALUES ('bien-ban.pdf', "
                    + "'application/pdf', ?, ?, 'test', UTC_TIMESTAMP(3))", Statement.RETURN_GENERATED_KEYS)) {
                insert.setInt(1, pdf.length);
                insert.setBytes(2, pdf);
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys(); PreparedStatement link = db.prepareStatement(
                        "UPDATE women_committee_meeting SET minutes_id = ? WHERE id = ?")) {
                    key.next();
                    link.setLong(1, key.getLong(1));
                    link.setLong(2, meeting);
                    link.executeUpdate();
                }
            }
        }
        String path = "/register/committee-minutes?id=" + meeting;
        HttpResponse<String> own = school.get(path);
        assertEquals(200, own.statusCode());
        assertEquals("application/pdf", own.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(own.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertTrue(own.body().startsWith("%PDF-1.4"));
        assertEquals(200, coordinator.get(path).statusCode(), "the district's coordinator reads the school's minutes");
        assertEquals(404, otherSchool.get(path).statusCode(), "another school does not");
        assertEquals(404, otherSchool.open("/register/committee-meeting.xhtml?id=" + meeting).status());
        assertEquals(404, school.get("/register/committee-minutes?id=x1").statusCode());
        assertEquals(2, count("SELECT COUNT(*) FROM audit_event WHERE action = 'ATTACHMENT_DOWNLOADED' "
                + "AND target_type = 'CommitteeMeeting' AND target_id = ?", Long.toString(meeting)),
                "the two downloads are audited, the refused one is not a download");

        WebClient.Page district = coordinator.open("/register/committee-meeting.xhtml?id=" + meeting);
        assertNull(district.document().getElementById("meetingForm"));
        assertNotNull(district.document().getElementById("meetingView"));
        saved(school, school.open("/register/committee-meeting.xhtml?id=" + meeting), "meetingForm", "delete", Map.of());
        assertEquals(0, count("SELECT COUNT(*) FROM women_committee_minutes WHERE file_name = ? AND id NOT IN "
                + "(SELECT minutes_id FROM women_committee_meeting WHERE minutes_id IS NOT NULL)", "bien-ban.pdf"),
                "the minutes go with the meeting");
    }

    @Test
    void theInterimReportSaysWhichDecisionReformedTheCommitteeItsMembersAndTheMeetingsOfThePeriod() throws Exception {
        int year = Year.now().getValue();
        // Before the period, a decision the later one replaces; in the period (01/01–12/05) the decision in force
        // (2 women, 1 man) and two meetings; after it, a third meeting the report must not count.
        Map<String, String> earlier = decision("07/QĐ-MNHS-DEMO", "05/09/" + (year - 1), "Lê Văn Demo Cũ", "HEAD",
                "MALE", year - 1, year + 3);
        saved(school, school.open("/register/committee.xhtml"), "committeeForm", "save", earlier);
        Map<String, String> current = decision("12/QĐ-MNHS-DEMO", "02/03/" + year, "Trần Thị Demo Hoa", "HEAD",
                "FEMALE", year, year + 4);
        saved(school, school.open("/register/committee.xhtml"), "committeeForm", "save", current);
        long id = idOf("SELECT id FROM women_committee WHERE decision_number = ?", "12/QĐ-MNHS-DEMO");
        try (Connection db = app.connect(); PreparedStatement add = db.prepareStatement("INSERT INTO "
                + "women_committee_member (committee_id, position, full_name, committee_role, job_title, sex, term_from, "
                + "term_to) VALUES (?, ?, ?, ?, 'Giáo viên', ?, ?, ?)")) {
            Object[][] members = {{1, "Phạm Văn Demo Phó", "DEPUTY_HEAD", "MALE"}, {2, "Vũ Thị Demo Thư", "SECRETARY",
                "FEMALE"}};
            for (Object[] m : members) {
                add.setLong(1, id);
                add.setInt(2, (Integer) m[0]);
                add.setString(3, (String) m[1]);
                add.setString(4, (String) m[2]);
                add.setString(5, (String) m[3]);
                add.setInt(6, year);
                add.setInt(7, year + 4);
                add.executeUpdate();
            }
        }
        for (String day : new String[] {"10/03/" + year, "20/04/" + year, "15/06/" + year}) {
            saved(school, school.open("/register/committee-meeting.xhtml"), "meetingForm", "save",
                    Map.of("heldOn", day, "content", "Họp Ban Demo ngày " + day));
        }

        WebClient.Page index = school.open("/report/index.xhtml");
        String wanted = "Báo cáo sơ kết " + year;
        Element row = index.document().select("#reportsForm tr").stream()
                .filter(tr -> tr.text().contains(wanted) && tr.selectFirst("button[id$=openReport]") != null)
                .findFirst().orElseThrow(() -> new AssertionError("No row " + wanted + " in " + index.document().text()));
        WebClient.Page edit = school.follow(school.submit(index, "reportsForm",
                row.selectFirst("button[id$=openReport]").attr("name"), Map.of()));
        Element section = edit.document().selectFirst("#section_II_4_B textarea");
        assertNotNull(section, "no II.4 b) in " + edit.document().text());
        assertEquals("Trong kỳ báo cáo, đơn vị đã kiện toàn Ban vì sự tiến bộ của phụ nữ theo Quyết định số "
                + "12/QĐ-MNHS-DEMO ngày 02/03/" + year + " của Hiệu trưởng Trường Mầm non Demo Hoa Sen. Ban hiện có 3 "
                + "thành viên, trong đó nữ 2 người (chiếm 66,7%). Trong kỳ báo cáo, Ban đã tổ chức 2 cuộc họp.",
                section.text());
    }
}
