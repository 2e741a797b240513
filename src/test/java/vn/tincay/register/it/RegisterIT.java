package vn.tincay.register.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/** The gender-equality register over HTTP: recording an activity, and the standing-committee warning. */
@ExtendWith(TinCayServer.class)
class RegisterIT {

    private static RunningApp app;
    private static WebClient principal;

    @BeforeAll
    static void signIn(RunningApp runningApp) {
        app = runningApp;
        principal = new WebClient(app).signedIn("principal1", DemoAccount.PASSWORD);
    }

    private static String nameOf(WebClient.Page page, String formId, String field) {
        Element input = page.document().selectFirst("#" + formId + " [name^=" + formId + ":" + field + "]");
        assertNotNull(input, "no field " + field + " in " + formId);
        return input.attr("name");
    }

    @Test
    void aCommunicationActivityRecordedThroughTheFormIsListedWithItsParticipants() {
        WebClient.Page form = principal.open("/register/activity.xhtml");
        String title = "Nói chuyện chuyên đề về bình đẳng giới cho học sinh lớp 5";
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Map<String, String> values = new HashMap<>();
        values.put(nameOf(form, "activityForm", "title"), title);
        values.put(nameOf(form, "activityForm", "heldOn"), today);
        values.put(nameOf(form, "activityForm", "form"), "TALK");
        values.put(nameOf(form, "activityForm", "audiences"), "STUDENTS");
        values.put(nameOf(form, "activityForm", "participantsFemale"), "15");
        values.put(nameOf(form, "activityForm", "participantsMale"), "10");
        values.put(nameOf(form, "activityForm", "actionMonth"), "GENDER_EQUALITY_NOV_DEC");
        values.put(nameOf(form, "activityForm", "effectiveness"), "Học sinh sôi nổi");

        HttpResponse<String> saved = principal.submit(form, "activityForm", "activityForm:save", values);
        WebClient.Page after = principal.follow(saved);
        assertTrue(WebClient.isRedirect(saved), "not saved: " + after.messages() + " " + after.document().text());

        WebClient.Page list = principal.open("/register/activities.xhtml");
        Element row = list.document().select("#activitiesForm\\:activitiesTable tr").stream()
                .filter(tr -> tr.text().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("activity not listed: " + list.document().text()));
        assertTrue(row.text().contains("25 (15 nữ, 10 nam)"), row.text());
        assertTrue(row.text().contains("Nói chuyện chuyên đề"), row.text());

        WebClient.Page overview = principal.open("/register/index.xhtml");
        assertEquals(200, overview.status());
        String count = overview.document().getElementById("activityCount").text();
        assertTrue(count.matches("[1-9][0-9]*"), "activities counted on the overview: " + count);
    }

    @Test
    void theCoordinatorIsWarnedOfASchoolWhoseStandingCommitteeHasNoWoman() throws Exception {
        // Opening the pages creates the district's reporting periods of the year.
        WebClient coordinator = new WebClient(app).signedIn("coordinator", DemoAccount.PASSWORD);
        assertEquals(200, coordinator.open("/register/staff.xhtml").status());
        int rows = 0;
        try (Connection db = app.connect();
             PreparedStatement insert = db.prepareStatement(
                     "INSERT INTO staff_statistics (district_id, school_id, unit_key, period_id, as_of, staff_female, "
                             + "staff_male, leaders_female, leaders_male, party_committee_female, party_committee_male, "
                             + "standing_committee_female, standing_committee_male, committee_female, committee_male, "
                             + "created_by, created_at, updated_by, updated_at, version) "
                             + "SELECT s.district_id, s.id, s.id, p.id, CURRENT_DATE, 30, 10, 1, 2, 2, 3, 0, 3, 3, 2, "
                             + "'test', UTC_TIMESTAMP(3), 'test', UTC_TIMESTAMP(3), 0 "
                             + "FROM school s JOIN reporting_period p ON p.district_id = s.district_id "
                             + "WHERE s.code = 'HDEMO-TH-SAOMAI'");
             ResultSet periods = db.createStatement().executeQuery("SELECT COUNT(*) FROM reporting_period")) {
            periods.next();
            assertTrue(periods.getInt(1) > 0, "no reporting period was created");
            rows = insert.executeUpdate();
        }
        assertTrue(rows > 0);

        WebClient.Page staff = coordinator.open("/register/staff.xhtml");
        Element warning = staff.document().selectFirst("[id$=unitsWithoutWoman]");
        assertNotNull(warning, "no warning on the staff page: " + staff.document().text());
        assertTrue(warning.text().contains("Sao Mai"), warning.text());
    }
}
