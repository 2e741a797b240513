package vn.tincay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;
import vn.tincay.it.Browser;
import vn.tincay.it.Browser.Device;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;

/** Vietnamese text, with every diacritic, survives the way from a form into MariaDB and back onto a page. */
@ExtendWith(TinCayServer.class)
class VietnameseTextIT {

    static final String EVERY_DIACRITIC = "Trường Tiểu học Ánh Dương – ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ đ ế ề ể ễ ệ "
            + "ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ý ỳ ỷ ỹ ỵ";

    @Test
    void aSchoolNameWithEveryVietnameseDiacriticSurvivesFormDatabaseAndPage(RunningApp app) throws SQLException {
        String code = TestAccount.uniqueName("IT").toUpperCase(Locale.ROOT);
        String address = "Số 1 Đường Ỷ Lan, Phường Hữu Nghị";
        try (Browser browser = Browser.open(app, Device.DESKTOP)) {
            browser.signIn(DemoAccount.ADMIN.username(), DemoAccount.PASSWORD);
            browser.go("/admin/school.xhtml");
            browser.find("schoolForm:code").sendKeys(code);
            browser.find("schoolForm:name").sendKeys(EVERY_DIACRITIC);
            browser.find("schoolForm:address").sendKeys(address);
            new Select(browser.find("schoolForm:district")).selectByIndex(1);
            new Select(browser.find("schoolForm:level")).selectByIndex(1);
            new Select(browser.find("schoolForm:ownership")).selectByIndex(1);
            browser.clickAndWaitForPage("schoolForm:save");
            assertEquals("/admin/schools.xhtml", browser.path(), () -> "saved; messages: " + browser.messages());

            long id;
            try (Connection db = app.connect();
                 PreparedStatement select = db.prepareStatement(
                         "SELECT id, name, address, HEX(name) FROM school WHERE code = ?")) {
                select.setString(1, code);
                try (ResultSet row = select.executeQuery()) {
                    assertTrue(row.next(), "the school is in the database");
                    id = row.getLong("id");
                    assertEquals(EVERY_DIACRITIC, row.getString("name"));
                    assertEquals(address, row.getString("address"));
                    assertTrue(row.getString(4).startsWith("5472C6B0E1BB9D6E67"),
                            "stored as UTF-8 (\"Trườ\" = 54 72 C6B0 E1BB9D): " + row.getString(4));
                }
            }

            browser.go("/admin/school.xhtml?id=" + id);
            assertEquals(EVERY_DIACRITIC, browser.find("schoolForm:name").getAttribute("value"));
            assertEquals(address, browser.find("schoolForm:address").getAttribute("value"));
            browser.screenshot("school-vietnamese-" + browser.device().name().toLowerCase(Locale.ROOT));
        }
    }
}
