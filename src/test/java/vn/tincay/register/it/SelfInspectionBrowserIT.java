package vn.tincay.register.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Screen;
import vn.tincay.it.Axe;
import vn.tincay.it.Browser;
import vn.tincay.it.Browser.Device;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;

/**
 * A school's focal point records a self-inspection on a 360 px phone: the six topics of the letter,
 * a result for each, a remark where a topic is not met. The page fits the screen, axe-core finds
 * nothing serious, and the saved self-inspection is listed and reads back.
 */
@ExtendWith(TinCayServer.class)
class SelfInspectionBrowserIT {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
            .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    @Test
    void aFocalPointRecordsASelfInspectionOnAPhone(RunningApp app) throws Exception {
        String username = TestAccount.in(app).likeDemoAccount(DemoAccount.PRINCIPAL1).named("selfcheck").create();
        try (Connection db = app.connect(); PreparedStatement move = db.prepareStatement(
                "UPDATE user_account SET school_id = (SELECT id FROM school WHERE code = 'HDEMO-MG-BUPBE') "
                        + "WHERE username = ?")) {
            move.setString(1, username);
            assertEquals(1, move.executeUpdate());
        }
        String note = "Tự kiểm tra Demo trên điện thoại " + UUID.randomUUID();
        try (Browser browser = Browser.open(app, Device.PHONE)) {
            Screen screen = new Screen(browser);
            browser.signIn(username, DemoAccount.PASSWORD);
            browser.go("/register/index.xhtml");
            browser.clickAndWaitForPage("overviewForm:selfInspectionsLink");
            assertEquals("/register/self-inspections.xhtml", browser.path());
            browser.clickAndWaitForPage("selfInspectionsForm:newSelfInspection");
            assertEquals("/register/self-inspection.xhtml", browser.path());
            assertTrue(screen.text().contains("Tổ chức và hoạt động của Ban vì sự tiến bộ của phụ nữ"), screen.text());

            screen.type("selfInspectionForm:doneOn_input", TODAY);
            for (int topic = 0; topic < 6; topic++) {
                screen.choose("selfInspectionForm:checklist:" + topic + ":result", topic == 2 ? "PARTLY_MET" : "MET");
            }
            screen.type("selfInspectionForm:checklist:2:remark", "Danh sách quy hoạch Demo chưa cập nhật");
            screen.type("selfInspectionForm:note", note);
            screen.show("selfInspectionForm:checklist:2:result");
            browser.screenshot("self-inspection-form-360");
            browser.fullPageScreenshot("self-inspection-form-360-full");
            assertTrue(screen.fitsTheScreenWidth(), "no sideways scrolling on a phone");
            List<Axe.Violation> serious = Axe.check(browser).stream().filter(Axe.Violation::seriousOrCritical).toList();
            assertEquals(List.of(), serious, "axe-core on the self-inspection form");

            browser.clickAndWaitForPage("selfInspectionForm:save");
            assertEquals("/register/self-inspections.xhtml", browser.path(), browser.messages());
            assertTrue(screen.text().contains(note), "the self-inspection is listed");
            assertTrue(screen.fitsTheScreenWidth(), "the list fits the phone");
            browser.fullPageScreenshot("self-inspections-360");
            assertEquals(List.of(), Axe.check(browser).stream().filter(Axe.Violation::seriousOrCritical).toList(),
                    "axe-core on the list");

            browser.clickAndWaitForPage("selfInspectionsForm:selfInspectionsTable:0:open");
            assertEquals("Danh sách quy hoạch Demo chưa cập nhật",
                    screen.find("selfInspectionForm:checklist:2:remark").getAttribute("value"));
        }
    }
}
