package vn.tincay.notification.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.Json;
import vn.tincay.incident.it.Report;
import vn.tincay.incident.it.Sessions;
import vn.tincay.incident.it.Texts;
import vn.tincay.it.Browser;
import vn.tincay.it.Browser.Device;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * The coordinator's bell counts the district's cases that need action, each once, and changes by itself when a
 * new one comes in, without a reload. Its numbers come from /district/bell, for coordinators only.
 */
@ExtendWith(TinCayServer.class)
class BellIT {

    private static RunningApp app;

    @BeforeAll
    static void remember(RunningApp runningApp) {
        app = runningApp;
    }

    @Test
    void theBellCountsANewUrgentCaseWithinAMinuteWithoutTheCoordinatorReloadingThePage() {
        String coordinator = TestAccount.in(app).likeDemoAccount(DemoAccount.COORDINATOR).named("bell").create();
        try (Browser browser = Browser.open(app, Device.PHONE)) {
            browser.viewport(360, 740);
            browser.signIn(coordinator, DemoAccount.PASSWORD);
            checkTheBellFollows(browser);
        } finally {
            TestAccount.disable(app, coordinator);
        }
    }

    private void checkTheBellFollows(Browser browser) {
        WebElement bell = browser.find("notificationBell");
        long before = Long.parseLong(bell.findElement(By.className("tc-bell-count")).getText().trim());
        assertEquals(Texts.vi("notification.bell.label", before, 0), bell.getAttribute("aria-label"));
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        page.executeScript("window.tcSamePage = true;");

        Api.as(app, DemoAccount.STAFF1).file(Report.incident().urgent().yes("physicalAssault").age(12));

        new WebDriverWait(browser.driver(), Duration.ofSeconds(75)).until(d -> Long.parseLong(
                d.findElement(By.cssSelector("#notificationBell .tc-bell-count")).getText().trim()) == before + 1);
        WebElement updated = browser.find("notificationBell");
        browser.screenshot("bell-updated-phone");
        assertAll(
                () -> assertEquals(Boolean.TRUE, page.executeScript("return window.tcSamePage === true;"),
                        "the page was not reloaded"),
                () -> assertEquals(Texts.vi("notification.bell.label", before + 1, 1), updated.getAttribute("aria-label")),
                () -> assertTrue(updated.getAttribute("class").contains("tc-bell-new"), "an unread alert is marked"));
    }

    @Test
    void refreshingTheBellDoesNotKeepTheSessionAliveButTheUsersOwnRequestsDo() throws InterruptedException {
        WebClient coordinator = Sessions.fresh(app, DemoAccount.COORDINATOR);
        coordinator.get("/district/index.xhtml");
        long first = sessionSeconds(coordinator);
        Thread.sleep(3_000);
        long second = sessionSeconds(coordinator);

        coordinator.get("/district/index.xhtml");
        long afterTheUser = sessionSeconds(coordinator);

        assertAll(
                () -> assertTrue(first > 0 && first <= 15 * 60, "seconds left: " + first),
                () -> assertTrue(second <= first - 2, "a refresh is no activity: " + first + " then " + second),
                () -> assertTrue(afterTheUser >= first, "the user's request gives the time back: " + afterTheUser));
    }

    private static long sessionSeconds(WebClient client) {
        HttpResponse<String> answer = client.get("/district/bell", "X-Tincay-Background", "bell");
        assertEquals(200, answer.statusCode(), answer.body());
        return ((Number) Json.object(answer.body()).get("sessionSeconds")).longValue();
    }

    @Test
    void theBellsNumbersAreForCoordinatorsOnly() {
        WebClient coordinator = Sessions.of(app, DemoAccount.COORDINATOR);
        HttpResponse<String> answer = coordinator.get("/district/bell", "X-Tincay-Background", "bell");
        Map<String, Object> numbers = Json.object(answer.body());

        assertAll(
                () -> assertEquals(200, answer.statusCode()),
                () -> assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json")),
                () -> assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse("")),
                () -> assertTrue(((Number) numbers.get("needsAction")).longValue() >= 0, answer.body()),
                // The test district has far fewer than 999 cases needing action: the count is exact.
                () -> assertEquals(Boolean.FALSE, numbers.get("needsActionMore"), answer.body()),
                () -> assertTrue(numbers.containsKey("unread"), answer.body()),
                () -> assertEquals(403, Sessions.of(app, DemoAccount.STAFF1).get("/district/bell").statusCode()),
                () -> assertFalse(new WebClient(app).get("/district/bell").statusCode() == 200,
                        "nobody signed in gets nothing"));
    }
}
