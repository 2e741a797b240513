package vn.tincay.register.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tincay.incident.it.Screen;
import vn.tincay.it.Axe;
import vn.tincay.it.Browser;
import vn.tincay.it.Browser.Device;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.PayaraMicroProcess;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;

/**
 * A focal point on a phone (360 px) records a nomination, sees the share of women on the list, and downloads
 * the list with "Xuất Excel"; the pages fit the screen and axe-core finds nothing serious.
 */
@ExtendWith(TinCayServer.class)
class NominationBrowserIT {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
            .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    private static List<String> serious(Browser browser) {
        return Axe.check(browser).stream().filter(Axe.Violation::seriousOrCritical).map(Object::toString).toList();
    }

    /** Nothing sticks out of a 360 px screen (the page's own width, not the zoomed-out window's). */
    private static boolean fits360(Browser browser) {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth;")).intValue() <= 360;
    }

    @Test
    void aFocalPointRecordsANominationOnAPhoneAndDownloadsTheList(RunningApp app) throws IOException {
        String name = "Cô Demo Điện Thoại " + UUID.randomUUID().toString().substring(0, 8);
        Path downloads = Files.createTempDirectory(PayaraMicroProcess.buildDir(), "downloads-");
        try (Browser browser = Browser.open(app, Device.PHONE)) {
            browser.viewport(360, 740);
            browser.signIn(DemoAccount.PRINCIPAL1.username(), DemoAccount.PASSWORD);
            Screen screen = new Screen(browser);
            browser.go("/register/nomination.xhtml");
            screen.waitFor("nominationForm:save");
            screen.choose("nominationForm:nomineeKind", "INDIVIDUAL");
            screen.type("nominationForm:name", name);
            screen.choose("nominationForm:sex", "FEMALE");
            screen.type("nominationForm:award", "Chiến sĩ thi đua cơ sở");
            screen.type("nominationForm:achievement", "Giáo viên Demo dạy giỏi, tích cực công tác bình đẳng giới.");
            assertTrue(fits360(browser), "the form fits a 360 px screen");
            assertEquals(List.of(), serious(browser), "accessibility of the nomination form");
            browser.fullPageScreenshot("nomination-form-360");
            browser.clickAndWaitForPage("nominationForm:save");

            assertTrue(browser.path().endsWith("/register/nominations.xhtml"), browser.path() + " " + browser.messages());
            assertTrue(screen.text().contains(name), "listed");
            String share = browser.find("womenShare").getText();
            assertTrue(share.matches("Cá nhân được đề nghị: [1-9]\\d* người, trong đó nữ [1-9]\\d* người \\(.+%\\)\\."),
                    share);
            assertTrue(fits360(browser), "the list fits a 360 px screen");
            assertEquals(List.of(), serious(browser), "accessibility of the nomination list");
            browser.fullPageScreenshot("nominations-360");

            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            browser.driver().findElement(By.id("nominationsForm:export")).click();
            Path file = new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
                try (Stream<Path> files = Files.list(downloads)) {
                    return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
                } catch (IOException e) {
                    return null;
                }
            });
            assertEquals("thi-dua-khen-thuong.xlsx", file.getFileName().toString());
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet sheet = book.getSheetAt(0);
                assertEquals("Tên tập thể/họ và tên", sheet.getRow(3).getCell(3).getStringCellValue());
                boolean found = false;
                for (Row row : sheet) {
                    if (row.getRowNum() > 3 && name.equals(row.getCell(3).getStringCellValue())) {
                        found = true;
                        assertEquals(TODAY, new org.apache.poi.ss.usermodel.DataFormatter()
                                .formatCellValue(row.getCell(1)));
                    }
                }
                assertTrue(found, "the new nomination is in the download");
            }
            assertTrue(browser.path().endsWith("/register/nominations.xhtml"), "the page stays after the download");
        } finally {
            PayaraMicroProcess.deleteTree(downloads);
        }
    }
}
