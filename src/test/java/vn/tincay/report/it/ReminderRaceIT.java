package vn.tincay.report.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Db;
import vn.tincay.incident.it.Texts;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.Parallel;
import vn.tincay.it.RunningApp;
import vn.tincay.it.SignedInColleagues;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/**
 * Six coordinators of one district press "Nhắc nộp" for the same school at the same moment: the school is
 * reminded once, one of them is told it was sent, every other one that today's reminder is already out –
 * none meets an error.
 */
@ExtendWith(TinCayServer.class)
class ReminderRaceIT {

    private static final int COORDINATORS = 6;

    @Test
    void coordinatorsRemindingOneSchoolAtOnceRemindItOnceAndAreAllToldWhy(RunningApp app) throws Exception {
        // A school of the demo district other than the one other tests remind, with a focal point to tell.
        long district = Db.number(app, "SELECT district_id FROM user_account WHERE username = 'coordinator'");
        long school = Db.number(app, "SELECT MIN(id) FROM school WHERE district_id = ? AND active = 1 "
                + "AND code <> 'HDEMO-TH-SAOMAI'", district);
        String schoolName = Db.string(app, "SELECT name FROM school WHERE id = ?", school);
        String focalPoint = TestAccount.colleaguesOf(app, DemoAccount.PRINCIPAL1, 1).get(0);
        Db.update(app, "UPDATE user_account SET school_id = ? WHERE username = ?", school, focalPoint);
        try (SignedInColleagues coordinators = SignedInColleagues.of(app, DemoAccount.COORDINATOR, COORDINATORS)) {
            String overview = null;
            String button = null;
            int year = Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue();
            for (String kind : List.of("INTERIM", "FINAL")) {
                long period = Db.number(app, "SELECT id FROM reporting_period WHERE year = ? AND kind = ?", year, kind);
                String path = "/report/district.xhtml?period=" + period;
                button = remindButton(coordinators.session(0).open(path), schoolName);
                if (button != null) {
                    overview = path;
                    break;
                }
            }
            assertNotNull(button, schoolName + " can be reminded of one of this year's reports");
            String path = overview;
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < COORDINATORS; i++) {
                pages.add(coordinators.session(i).open(path));
            }
            String pressed = button;

            List<String> told = Parallel.run(COORDINATORS, i -> {
                WebClient session = coordinators.session(i);
                Page answer = session.follow(session.submit(pages.get(i), "schoolsForm", pressed, Map.of()));
                assertEquals(200, answer.status(), answer.document().text());
                return answer.messages();
            });

            // Every enabled focal point of the school is told: this test's, and any other test left there.
            long focalPoints = Db.number(app, "SELECT COUNT(*) FROM user_account WHERE school_id = ? "
                    + "AND role = 'SCHOOL_FOCAL_POINT' AND enabled = 1", school);
            String sent = Texts.vi("report.remind.sent", schoolName, focalPoints);
            String already = Texts.vi("report.remind.alreadyToday");
            long sentOnce = told.stream().filter(message -> message.contains(sent)).count();
            assertEquals(1, sentOnce, "told: " + told);
            assertEquals(COORDINATORS - 1, told.stream().filter(message -> message.contains(already)).count(),
                    "told: " + told);
            assertEquals(1, Db.number(app, "SELECT COUNT(*) FROM report_overdue_reminder WHERE school_id = ? "
                    + "AND requested_by LIKE 'coordinator-%'", school), "one reminder recorded");
            assertEquals(1, Db.number(app, "SELECT COUNT(*) FROM notification n JOIN user_account a "
                    + "ON a.id = n.recipient_id WHERE a.username = ?", focalPoint), "the school is told once");
        } finally {
            TestAccount.disable(app, focalPoint);
        }
    }

    /** The client id of the school's "Nhắc nộp" button on the district's overview, if it has one. */
    private static String remindButton(Page overview, String schoolName) {
        for (Element row : overview.document().select("#schoolsForm tr")) {
            Element button = row.selectFirst("button[id$=remindSchool]");
            if (button != null && row.text().contains(schoolName)) {
                return button.id();
            }
        }
        return null;
    }
}
