package vn.tincay.register.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tincay.incident.it.Screen;
import vn.tincay.it.Axe;
import vn.tincay.it.Browser;
import vn.tincay.it.Browser.Device;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;

/**
 * The focal point records the school's committee on a 360 px phone: a decision with two members (the second
 * added to the half-typed form), then a meeting with its minutes file; the pages fit the screen, are
 * screenshot and pass axe-core without serious or critical findings.
 */
@ExtendWith(TinCayServer.class)
class WomenCommitteeBrowserIT {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
            .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    private static void noSeriousAxeFindings(Browser browser, String where) {
        List<String> problems = Axe.check(browser).stream().filter(Axe.Violation::seriousOrCritical)
                .map(v -> where + ": " + v).toList();
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theFocalPointRecordsACommitteeWithAMemberAndAMeetingWithItsMinutesOnAPhone(RunningApp app) throws Exception {
        String number = "QĐ-" + UUID.randomUUID().toString().substring(0, 6) + "/THSM-DEMO";
        String meeting = "Họp Ban Demo trên điện thoại " + UUID.randomUUID();
        int year = Year.now().getValue();
        Path minutes = Files.createTempFile("bien-ban-demo-", ".pdf");
        Files.write(minutes, "%PDF-1.4\n% Bien ban hop Ban Demo\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        try (Browser browser = Browser.open(app, Device.PHONE)) {
            Screen screen = new Screen(browser);
            browser.signIn(DemoAccount.PRINCIPAL1.username(), DemoAccount.PASSWORD);
            browser.go("/register/index.xhtml");
            browser.clickAndWaitForPage("overviewForm:committeeLink");
            assertEquals("/register/committees.xhtml", browser.path().replaceAll(".*(/register/.*)", "$1"));
            browser.clickAndWaitForPage("committeesForm:newCommittee");

            screen.type("committeeForm:decisionNumber", number);
            screen.type("committeeForm:decidedOn_input", TODAY);
            screen.type("committeeForm:signerBody", "Hiệu trưởng Trường Tiểu học Demo Sao Mai");
            screen.type("committeeForm:member:0:fullName", "Nguyễn Thị Demo Điện Thoại");
            screen.choose("committeeForm:member:0:role", "HEAD");
            screen.choose("committeeForm:member:0:sex", "FEMALE");
            screen.type("committeeForm:member:0:jobTitle", "Hiệu trưởng");
            screen.type("committeeForm:member:0:termFrom", Integer.toString(year));
            screen.type("committeeForm:member:0:termTo", Integer.toString(year + 4));
            screen.click("committeeForm:addMember");
            screen.waitFor("committeeForm:member:1:fullName");
            assertEquals(number, screen.find("committeeForm:decisionNumber").getAttribute("value"),
                    "adding a member keeps what was typed");
            assertEquals("Nguyễn Thị Demo Điện Thoại",
                    screen.find("committeeForm:member:0:fullName").getAttribute("value"));
            screen.type("committeeForm:member:1:fullName", "Hoàng Văn Demo Thành Viên");
            screen.choose("committeeForm:member:1:role", "MEMBER");
            screen.choose("committeeForm:member:1:sex", "MALE");
            screen.type("committeeForm:member:1:jobTitle", "Tổng phụ trách Đội");
            screen.type("committeeForm:member:1:termFrom", Integer.toString(year));
            screen.type("committeeForm:member:1:termTo", Integer.toString(year + 4));
            assertTrue(screen.fitsTheScreenWidth(), "the form fits a 360 px phone");
            browser.fullPageScreenshot("committee-form-phone");
            noSeriousAxeFindings(browser, "committee form");
            screen.show("committeeForm:save");
            browser.clickAndWaitForPage("committeeForm:save");
            assertTrue(screen.text().contains(number), "saved and listed: " + browser.messages() + screen.text());

            browser.clickAndWaitForPage("committeesForm:newMeeting");
            screen.type("meetingForm:heldOn_input", TODAY);
            screen.type("meetingForm:content", meeting);
            browser.driver().findElement(By.id("meetingForm:minutesUpload_input"))
                    .sendKeys(minutes.toAbsolutePath().toString());
            screen.waitForText("meetingForm:chosenMinutes", minutes.getFileName().toString());
            assertTrue(screen.fitsTheScreenWidth(), "the meeting form fits a 360 px phone");
            browser.fullPageScreenshot("committee-meeting-form-phone");
            noSeriousAxeFindings(browser, "meeting form");
            screen.show("meetingForm:save");
            browser.clickAndWaitForPage("meetingForm:save");
            assertTrue(screen.text().contains(meeting), "saved and listed: " + browser.messages() + screen.text());
            assertTrue(screen.fitsTheScreenWidth(), "the list fits a 360 px phone");
            browser.fullPageScreenshot("committees-phone");
            noSeriousAxeFindings(browser, "committee list");
        } finally {
            Files.deleteIfExists(minutes);
        }
        try (Connection db = app.connect(); PreparedStatement s = db.prepareStatement("SELECT c.id, "
                + "(SELECT COUNT(*) FROM women_committee_member m WHERE m.committee_id = c.id), "
                + "(SELECT mi.content_type FROM women_committee_meeting g JOIN women_committee_minutes mi "
                + "ON mi.id = g.minutes_id WHERE g.content = ?) FROM women_committee c WHERE c.decision_number = ?")) {
            s.setString(1, meeting);
            s.setString(2, number);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "the decision is stored");
                assertEquals(2, r.getInt(2), "with both members");
                assertEquals("application/pdf", r.getString(3), "the minutes are stored with the detected type");
            }
        }
    }
}
