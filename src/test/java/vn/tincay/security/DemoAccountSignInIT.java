package vn.tincay.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tincay.it.Browser;
import vn.tincay.it.Browser.Device;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;

/** Every demo account signs in through the real sign-in page and lands on its own home page. */
@ExtendWith(TinCayServer.class)
class DemoAccountSignInIT {

    private static final List<String> ADMIN_LINKS = List.of("navSchools", "navServices", "navUsers", "navAudit");

    private static Browser phone;
    private static Browser desktop;

    @BeforeAll
    static void openBrowsers(RunningApp app) {
        phone = Browser.open(app, Device.PHONE);
        desktop = Browser.open(app, Device.DESKTOP);
    }

    @AfterAll
    static void closeBrowsers() {
        if (phone != null) {
            phone.close();
        }
        if (desktop != null) {
            desktop.close();
        }
    }

    /** School and service staff work on phones; office roles on desktops. */
    private static Browser browserOf(DemoAccount account) {
        return switch (account) {
            case STAFF1, STAFF2, PRINCIPAL1, SERVICE -> phone;
            case ADMIN, COORDINATOR, PROVINCE -> desktop;
        };
    }

    @AfterEach
    void signOutIfSignedIn() {
        for (Browser browser : new Browser[] {phone, desktop}) {
            if (browser.has("headerForm:signOut")) {
                browser.signOut();
            }
        }
    }

    @ParameterizedTest(name = "{0} lands on their home page with only their links")
    @EnumSource(DemoAccount.class)
    void eachDemoAccountSignsInToItsOwnHomePageWithOnlyItsLinks(DemoAccount account) throws Exception {
        Browser browser = browserOf(account).signIn(account.username(), DemoAccount.PASSWORD);
        var screenshot = browser.screenshot("home-" + account.username() + "-" + browser.device().name().toLowerCase());

        assertEquals(account.home(), browser.path(), () -> "messages: " + browser.messages());
        assertAll(
                () -> assertEquals(account.displayName(), browser.find("userName").getText()),
                () -> assertTrue(browser.has("navHome"), "home link"),
                () -> assertTrue(browser.has("navPassword"), "password link"),
                () -> assertAll(ADMIN_LINKS.stream().map(link -> () -> assertEquals(account.isAdmin(),
                        browser.has(link), link + (account.isAdmin() ? " missing" : " shown")))),
                () -> assertTrue(Files.size(screenshot) > 10_000, "a screenshot with content"));
    }
}
