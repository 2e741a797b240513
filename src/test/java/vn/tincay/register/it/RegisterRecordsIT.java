package vn.tincay.register.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tincay.register.it.RegisterRows.fields;
import static vn.tincay.register.it.RegisterRows.saved;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * Every register kind through the one shape they share (RegisterRecords): created through its form in
 * the register the caller keeps, read-only for the district, not found for another school, a stale
 * form refused without losing the saved version, deletion audited; the inspection plan kept by the
 * coordinator only.
 */
@ExtendWith(TinCayServer.class)
class RegisterRecordsIT {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
            .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    private static RunningApp app;
    private static WebClient principal;
    private static WebClient coordinator;
    private static WebClient otherSchool;

    @BeforeAll
    static void signIn(RunningApp runningApp) throws SQLException {
        app = runningApp;
        principal = new WebClient(app).signedIn(DemoAccount.PRINCIPAL1.username(), DemoAccount.PASSWORD);
        coordinator = new WebClient(app).signedIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
        String other = TestAccount.in(app).likeDemoAccount(DemoAccount.PRINCIPAL1).named("otherschool").create();
        try (Connection db = app.connect(); PreparedStatement move = db.prepareStatement(
                "UPDATE user_account SET school_id = (SELECT MAX(s.id) FROM school s JOIN user_account p "
                        + "ON p.username = 'principal1' WHERE s.district_id = p.district_id AND s.id <> p.school_id) "
                        + "WHERE username = ?")) {
            move.setString(1, other);
            assertEquals(1, move.executeUpdate());
        }
        otherSchool = new WebClient(app).signedIn(other, DemoAccount.PASSWORD);
    }

    private static long idOf(String table, String column, String value) throws SQLException {
        return RegisterRows.idOf(app, table, column, value);
    }

    private static String column(String table, String column, long id) throws SQLException {
        try (Connection db = app.connect();
             PreparedStatement s = db.prepareStatement("SELECT " + column + " FROM " + table + " WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static int audited(String action, String targetType, long id) throws SQLException {
        return RegisterRows.audited(app, action, targetType, id);
    }

    @Test
    void aDocumentIsKeptByItsSchoolReadByTheDistrictAndHiddenFromAnotherSchool() throws SQLException {
        String title = "Kế hoạch tuyên truyền bình đẳng giới Demo " + UUID.randomUUID();
        saved(principal, principal.open("/register/document.xhtml"), "documentForm", "save",
                Map.of("number", "12/KH-THDEMO", "issuedOn", TODAY, "type", "PLAN", "title", title));
        long id = idOf("issued_document", "title", title);
        assertEquals(1, audited("REGISTER_ENTRY_CREATED", "IssuedDocument", id), "the creation is audited");

        WebClient.Page own = principal.open("/register/document.xhtml?id=" + id);
        assertNotNull(own.document().getElementById("documentForm"), "the school changes its own document");

        WebClient.Page district = coordinator.open("/register/document.xhtml?id=" + id);
        assertEquals(200, district.status());
        assertNull(district.document().getElementById("documentForm"), "the district reads, not changes");
        assertNotNull(district.document().getElementById("documentView"));
        assertTrue(district.document().text().contains(title));

        WebClient.Page other = otherSchool.open("/register/document.xhtml?id=" + id);
        assertEquals(404, other.status());
        assertFalse(other.document().text().contains(title), "nothing of another school's register shows");
        assertEquals(404, principal.open("/register/document.xhtml?id=12x").status());
    }

    @Test
    void aStaleFormIsRefusedAndTheSavedVersionStaysThenDeletionIsAudited() throws SQLException {
        String topic = "Tập huấn Luật Bình đẳng giới Demo " + UUID.randomUUID();
        Map<String, String> training = new HashMap<>(Map.of("topic", topic, "startsOn", TODAY, "endsOn", TODAY,
                "organiser", "Phòng GD&ĐT Demo", "participantsFemale", "12", "participantsMale", "3"));
        saved(principal, principal.open("/register/training.xhtml"), "trainingForm", "save", training);
        long id = idOf("training", "topic", topic);

        // Two forms read at the same version, by the focal point on two devices.
        WebClient phone = new WebClient(app).signedIn(DemoAccount.PRINCIPAL1.username(), DemoAccount.PASSWORD);
        WebClient.Page first = principal.open("/register/training.xhtml?id=" + id);
        WebClient.Page stale = phone.open("/register/training.xhtml?id=" + id);
        training.put("topic", topic + " (sửa)");
        saved(principal, first, "trainingForm", "save", training);

        training.put("topic", topic + " (sửa trên bản cũ)");
        HttpResponse<String> refused = phone.submit(stale, "trainingForm", "trainingForm:save",
                fields(stale, "trainingForm", training));
        assertEquals(200, refused.statusCode(), "the form is shown again, not left");
        assertTrue(refused.body().contains("vừa được người khác thay đổi"), "the stale save says why");
        assertTrue(refused.body().contains(topic + " (sửa trên bản cũ)"), "what was typed stays in the form");
        assertEquals(topic + " (sửa)", column("training", "topic", id), "the saved version stays");

        WebClient.Page current = principal.open("/register/training.xhtml?id=" + id);
        saved(principal, current, "trainingForm", "delete", Map.of());
        assertNull(column("training", "topic", id), "deleted");
        assertEquals(1, audited("REGISTER_ENTRY_DELETED", "Training", id), "the deletion is audited");
    }

    @Test
    void onlyTheCoordinatorPlansInspectionsAndTheInspectedSchoolReadsItsOwn() throws SQLException {
        String content = "Kiểm tra công tác bình đẳng giới Demo " + UUID.randomUUID();
        WebClient.Page form = coordinator.open("/register/inspection.xhtml");
        Element school = form.document().select("#inspectionForm [name^=inspectionForm:school] option").stream()
                .filter(option -> option.text().contains("Sao Mai")).findFirst()
                .orElseThrow(() -> new AssertionError("no Sao Mai school to choose: " + form.document().text()));
        saved(coordinator, form, "inspectionForm", "save",
                Map.of("school", school.attr("value"), "plannedOn", TODAY, "content", content));
        long id = idOf("inspection_plan_item", "content", content);

        WebClient.Page inspected = principal.open("/register/inspection.xhtml?id=" + id);
        assertEquals(200, inspected.status());
        assertNull(inspected.document().getElementById("inspectionForm"), "the school reads its inspection");
        assertTrue(inspected.document().text().contains(content));
        assertEquals(404, principal.open("/register/inspection.xhtml").status(), "a school plans no inspection");
        assertEquals(404, otherSchool.open("/register/inspection.xhtml?id=" + id).status());
    }
}
