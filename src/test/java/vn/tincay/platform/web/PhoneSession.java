package vn.tincay.platform.web;

import org.openqa.selenium.By;
import vn.tincay.incident.it.Screen;
import vn.tincay.it.Browser;
import vn.tincay.it.Browser.Device;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;

/**
 * A 360 x 740 phone signed in as a fresh copy of a demo account, so the test can change what it likes; closing it
 * closes the browser and disables the copy (an enabled coordinator copy would receive other tests' alerts).
 */
final class PhoneSession implements AutoCloseable {

    static final int WIDTH = 360;
    static final int HEIGHT = 740;

    final RunningApp app;
    final String username;
    final Browser browser;
    final Screen screen;

    private PhoneSession(RunningApp app, DemoAccount like, String name) {
        this.app = app;
        this.username = TestAccount.in(app).likeDemoAccount(like).named(name).create();
        this.browser = Browser.open(app, Device.PHONE);
        this.browser.viewport(WIDTH, HEIGHT);
        this.screen = new Screen(browser);
        this.browser.signIn(username, DemoAccount.PASSWORD);
    }

    static PhoneSession signedInLike(RunningApp app, DemoAccount like, String name) {
        return new PhoneSession(app, like, name);
    }

    /** Opens the case list with its filter panel unfolded. */
    void openCaseFilters() {
        browser.go("/incident/list.xhtml");
        if (browser.driver().findElement(By.cssSelector("details.tc-filter-details")).getAttribute("open") == null) {
            screen.click("filterToggle");
        }
        screen.waitUntil(d -> d.findElement(By.id("filterForm:caseCode")).isDisplayed());
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            TestAccount.disable(app, username);
        }
    }
}
