package vn.tincay.incident.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/**
 * A case whose survivor carries a canary name goes through everything that touches identity: filed
 * (urgent, so the coordinator is alerted), its identity revealed on the page and by the API, searched
 * by name, coordinated, referred with consent to share contact details, and the contact shown to the
 * service. Afterwards the canary is in no column of any table in plain text, and in no server log.
 */
@ExtendWith(TinCayServer.class)
class ConfidentialityIT {

    private static final String MARKER = "Canary" + TestAccount.uniqueName("x").substring(2);
    private static final String NAME = "Canary Đặng Thị Hoàng Yến Demo";
    private static final String NARRATIVE = MARKER + " narrative: em kể lại sự việc xảy ra sau giờ học.";
    private static final String ADDRESS = MARKER + " address, Số 9 Ngõ Demo Hoa Sữa";
    private static final String GUARDIAN = MARKER + "guardian Đặng Văn Phụ Huynh";
    private static final String CLASS = MARKER + " 8A";
    /** What must not be found in plain text; the database compares without case and diacritics. */
    private static final List<String> NEEDLES = List.of("Canary", "CANARY", "canary", "Hoàng Yến", "hoang yen",
            "Hoang Yen", "HOÀNG YẾN");

    private static RunningApp app;
    private static Api.Filed filed;

    @BeforeAll
    static void takeTheCanaryCaseThroughEverythingThatTouchesIdentity(RunningApp runningApp) {
        app = runningApp;
        filed = Api.as(app, DemoAccount.STAFF1).file(Report.incident().urgent().yes("penetration")
                .survivor(NAME, 14).narrative(NARRATIVE).address(ADDRESS).guardian(GUARDIAN, "0912 345 678")
                .set("survivorClass", CLASS).consent("BOTH", true, true, true)
                .perpetrator("TEACHER_OR_STAFF", "MALE", "AGE_26_40"));

        Api coordinatorApi = Api.as(app, DemoAccount.COORDINATOR);
        Api.Answer identity = coordinatorApi.get("/api/v1/incidents/" + filed.id() + "/identity");
        assertEquals(200, identity.status(), identity::toString);
        assertEquals(NAME, identity.json().get("fullName"), "the identity is there to be found");
        assertEquals(NARRATIVE, identity.json().get("narrative"));
        Api.Answer search = coordinatorApi.post("/api/v1/incidents/search",
                Map.of("filter", Map.of("survivorName", "dang thi hoang yen"), "size", 200));
        assertTrue(search.body().contains(filed.caseCode()), "name search finds the case: " + search);

        WebClient coordinator = Sessions.of(app, DemoAccount.COORDINATOR);
        Page casePage = CasePage.open(coordinator, filed.id());
        Page revealed = CasePage.send(coordinator, casePage, "identityForm", "reveal",
                Map.of("identityForm:revealPurpose", "FOLLOW_UP"));
        assertTrue(CasePage.text(revealed, "caseIdentity").contains(NAME), "revealed on the page");
        Page coordinated = CasePage.send(coordinator, CasePage.open(coordinator, filed.id()), "coordinationForm",
                "recordEntry", Map.of("coordinationForm:agency", "POLICE",
                        "coordinationForm:actionTaken", "Đã báo công an xã về vụ việc.",
                        "coordinationForm:nextStep", "Hẹn gặp gia đình.",
                        "coordinationForm:nextStepDue_input", Report.shown(Report.today().plusDays(3))));
        assertTrue(CasePage.body(coordinated).contains(Texts.vi("coordination.recorded")), CasePage.body(coordinated));
        Page referred = CasePage.send(coordinator, CasePage.open(coordinator, filed.id()), "referralForm",
                "sendReferral", Map.of("referralForm:organisation",
                        String.valueOf(Db.organisationId(app, "SOCIAL_WORK_CENTRE")),
                        "referralForm:basis", "CONSENT", "referralForm:needs", "Tư vấn tâm lý cho em."));
        assertTrue(CasePage.body(referred).contains(Texts.vi("referral.sent")), CasePage.body(referred));

        long referral = Db.number(app, "SELECT MAX(id) FROM referral WHERE incident_id = ?", filed.id());
        WebClient service = Sessions.of(app, DemoAccount.SERVICE);
        Page referralPage = service.open("/service/referral.xhtml?id=" + referral);
        Page contact = CasePage.send(service, referralPage, "referralAnswerForm", "showContact", Map.of());
        assertTrue(CasePage.text(contact, "referralContact").contains(NAME), "shown to the service with consent");
        assertEquals(200, coordinator.open("/district/notifications.xhtml").status());
    }

    @Test
    void identityAndNarrativeAreStoredOnlyEncryptedWithTheKeyVersionInEachValue() {
        Map<String, Object> row = Db.rows(app, "SELECT survivor_name_enc, narrative_enc, survivor_address_enc, "
                + "survivor_class_enc, guardian_name_enc, guardian_phone_enc, survivor_birth_date_enc, survivor_name_hash "
                + "FROM incident WHERE id = ?", filed.id()).get(0);

        assertAll(row.entrySet().stream()
                .filter(column -> column.getKey().endsWith("_enc") && !column.getKey().equals("survivor_birth_date_enc"))
                .map(column -> () -> {
                    String value = String.valueOf(column.getValue());
                    assertTrue(value.startsWith("v1:"), column.getKey() + " = " + value);
                    assertFalse(value.contains(MARKER) || value.contains("0912"), column.getKey());
                }));
        assertNotNull(row.get("survivor_name_hash"), "a keyed hash for the duplicate check");
        assertFalse(String.valueOf(row.get("survivor_name_hash")).toLowerCase(Locale.ROOT).contains("yen"));
    }

    @Test
    void noColumnOfAnyTableHoldsTheSurvivorsNameOrTheNarrativeInPlainText() throws SQLException {
        List<String> found = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        try (Connection db = app.connect();
             PreparedStatement columns = db.prepareStatement("SELECT table_name, column_name FROM "
                     + "information_schema.columns WHERE table_schema = DATABASE() AND data_type IN ('char', "
                     + "'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'tinyblob', 'blob', 'mediumblob', "
                     + "'longblob', 'binary', 'varbinary', 'json') ORDER BY table_name, column_name");
             ResultSet column = columns.executeQuery()) {
            while (column.next()) {
                String table = column.getString(1);
                String name = column.getString(2);
                scanned.add(table + "." + name);
                String where = String.join(" OR ", NEEDLES.stream().map(n -> "`" + name + "` LIKE ?").toList());
                try (PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM `" + table + "` WHERE " + where)) {
                    for (int i = 0; i < NEEDLES.size(); i++) {
                        count.setString(i + 1, "%" + NEEDLES.get(i) + "%");
                    }
                    try (ResultSet hits = count.executeQuery()) {
                        hits.next();
                        if (hits.getLong(1) > 0) {
                            found.add(table + "." + name + " (" + hits.getLong(1) + " rows)");
                        }
                    }
                }
            }
        }

        assertTrue(scanned.containsAll(List.of("incident.survivor_name_enc", "survivor_name_word.word_hash",
                "audit_event.detail", "notification.case_code", "coordination_entry.action_taken", "referral.needs",
                "attachment.content_enc")), "scanned: " + scanned);
        assertAll(
                () -> assertEquals(1, Db.number(app, "SELECT COUNT(*) FROM notification WHERE incident_id = ?", filed.id()),
                        "the urgent alert was written"),
                () -> assertTrue(Db.number(app, "SELECT COUNT(*) FROM survivor_name_word WHERE incident_id = ?",
                        filed.id()) >= 5, "the name's words are indexed"),
                () -> assertEquals(1, Db.number(app, "SELECT COUNT(*) FROM coordination_entry WHERE incident_id = ?",
                        filed.id())),
                () -> assertEquals(1, Db.number(app, "SELECT COUNT(*) FROM referral WHERE incident_id = ?", filed.id())),
                () -> assertTrue(Db.number(app, "SELECT COUNT(*) FROM audit_event WHERE case_code = ? AND action = "
                        + "'IDENTITY_VIEWED'", filed.caseCode()) >= 3, "identity views are audited"));
        assertTrue(found.isEmpty(), "plain text canary in " + found);
    }

    @Test
    void theServerLogNeverMentionsTheSurvivorTheNarrativeOrTheNameSearched() throws IOException {
        Path log = Paths.get(System.getProperty("tincay.buildDir", "target")).resolve("it-server.log");
        String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);

        assertTrue(text.contains("payara micro"), "this is the shared server's log: " + log);
        assertAll(List.of("canary", "hoàng yến", "hoang yen", "dang thi", "đặng thị", MARKER.toLowerCase(Locale.ROOT))
                .stream().map(needle -> () -> assertFalse(text.contains(needle), "\"" + needle + "\" in " + log)));
    }

    @Test
    void aNameIsNeverAcceptedInAUrlOfTheApi() {
        Api.Answer refused = Api.as(app, DemoAccount.COORDINATOR).get("/api/v1/incidents?survivorName=dang%20thi");

        assertEquals(400, refused.status(), refused::toString);
        assertFalse(refused.body().toLowerCase(Locale.ROOT).contains("dang thi"), refused.body());
    }

    @Test
    void theCaseAsTheApiListsOrDescribesItCarriesNoIdentity() {
        Api coordinator = Api.as(app, DemoAccount.COORDINATOR);

        String detail = coordinator.get("/api/v1/incidents/" + filed.id()).body();
        String list = coordinator.get("/api/v1/incidents?size=200").body();

        assertTrue(detail.contains(filed.caseCode()) && list.contains(filed.caseCode()));
        assertAll(List.of(detail, list).stream().map(body -> () -> assertFalse(
                body.contains(MARKER) || body.contains("Hoàng Yến") || body.contains("0912"), body)));
    }
}
