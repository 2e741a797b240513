package vn.tincay.register.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tincay.it.Axe;
import vn.tincay.it.Browser;
import vn.tincay.it.Browser.Device;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;

/**
 * The focal point records a plan with two activity lines on a 360 px phone: the second line is added in
 * place, the totals follow, the plan is saved and listed with its money the Vietnamese way; the pages fit
 * the screen and axe-core finds nothing serious.
 */
@ExtendWith(TinCayServer.class)
class WorkPlanBrowserIT {

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.find(id);
        field.clear();
        field.sendKeys(text);
    }

    private static boolean fitsTheScreenWidth(Browser browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;"));
    }

    private static List<Axe.Violation> serious(Browser browser) {
        return Axe.check(browser).stream().filter(Axe.Violation::seriousOrCritical).toList();
    }

    @Test
    void theFocalPointRecordsAPlanWithTwoActivitiesOnAPhone(RunningApp app) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String title = "Kế hoạch Demo trên điện thoại " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(app, Device.PHONE)) {
            browser.signIn(DemoAccount.PRINCIPAL1.username(), DemoAccount.PASSWORD);
            browser.go("/register/plan.xhtml");
            type(browser, "planForm:year", Integer.toString(today.getYear()));
            type(browser, "planForm:number", "10/KH-THDEMO");
            type(browser, "planForm:issuedOn_input", today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            type(browser, "planForm:title", title);
            type(browser, "planForm:activities:0:content", "Nói chuyện chuyên đề Demo về bình đẳng giới");
            type(browser, "planForm:activities:0:planned", "1.500.000");
            type(browser, "planForm:activities:0:spent", "1.700.000");

            browser.find("planForm:addActivity").click();
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                    .until(d -> !d.findElements(By.id("planForm:activities:1:content")).isEmpty());
            assertEquals("1.500.000", browser.find("planForm:activities:0:planned").getAttribute("value"),
                    "the first line keeps what was typed, shown with dots");
            assertTrue(browser.find("planForm:totalsBox").getText().contains("1.500.000 đ"),
                    browser.find("planForm:totalsBox").getText());
            assertTrue(browser.find("planForm:activitiesBox").getText().contains("vượt kinh phí dự kiến"),
                    "the overspent line is pointed out");
            type(browser, "planForm:activities:1:content", "Pa-nô Demo hưởng ứng Tháng hành động");
            type(browser, "planForm:activities:1:planned", "2000000");
            type(browser, "planForm:activities:1:spent", "0");

            assertTrue(fitsTheScreenWidth(browser), "the form fits 360 px");
            browser.fullPageScreenshot("work-plan-form-phone");
            assertEquals(List.of(), serious(browser), "axe on the plan form");

            browser.clickAndWaitForPage("planForm:save");
            assertTrue(browser.path().endsWith("/register/plans.xhtml"), browser.path() + " " + browser.messages());
            String list = browser.find("plansForm:plansTable").getText();
            assertTrue(list.contains(title) && list.contains("3.500.000 đ") && list.contains("1.700.000 đ"), list);
            assertTrue(fitsTheScreenWidth(browser), "the list fits 360 px");
            browser.fullPageScreenshot("work-plans-phone");
            assertEquals(List.of(), serious(browser), "axe on the list");

            browser.driver().findElement(By.linkText(title)).click();
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                    .until(d -> !d.findElements(By.id("planForm:activities:1:content")).isEmpty());
            assertEquals("2.000.000", browser.find("planForm:activities:1:planned").getAttribute("value"));
            assertTrue(browser.find("planForm:totalsBox").getText().contains("3.500.000 đ"));

            browser.go("/register/index.xhtml");
            assertTrue(browser.find("plansCard").getText().contains("Tổng kinh phí dự kiến"),
                    browser.find("plansCard").getText());
            assertTrue(fitsTheScreenWidth(browser), "the overview fits 360 px");
            browser.fullPageScreenshot("register-index-plans-phone");
        }
    }
}
