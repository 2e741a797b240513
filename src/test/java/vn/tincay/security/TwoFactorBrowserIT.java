package vn.tincay.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tincay.incident.it.Db;
import vn.tincay.it.Browser;
import vn.tincay.it.Browser.Device;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.SecondFactor;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;

/** A coordinator sets up two-factor sign-in in the browser, by the typed key, and signs in with a code. */
@ExtendWith(TinCayServer.class)
class TwoFactorBrowserIT {

    private static void enrolAndSignInAgain(RunningApp app, Device device) {
        String username = TestAccount.in(app).likeDemoAccount(DemoAccount.COORDINATOR).named("tfa-browser").create();
        Db.update(app, "UPDATE user_account SET totp_secret_enc = NULL, totp_enrolled_at = NULL WHERE username = ?",
                username);
        String suffix = device.name().toLowerCase();
        try (Browser browser = Browser.open(app, device)) {
            browser.signIn(username, DemoAccount.PASSWORD);
            assertEquals("/account/two-factor.xhtml", browser.path(), "sent to set up the second factor");
            browser.screenshot("two-factor-enrol-" + suffix);
            String secret = browser.find("typedKey").getText().replace(" ", "");
            assertTrue(browser.find("qrCode").getAttribute("src").startsWith("data:image/png;base64,"), "QR code");
            long step = SecondFactor.currentStep();
            browser.find("enrolForm:code").sendKeys(SecondFactor.codeAt(secret, step));
            browser.clickAndWaitForPage("enrolForm:confirm");
            SecondFactor.register(username, secret);
            SecondFactor.used(app, username, step);
            List<WebElement> codes = browser.driver().findElements(By.cssSelector("#recoveryCodes code"));
            assertEquals(10, codes.size(), browser.messages());
            browser.screenshot("two-factor-recovery-codes-" + suffix);
            browser.clickAndWaitForPage("doneForm:done");
            assertEquals("/district/index.xhtml", browser.path());
            browser.signOut();

            browser.go("/login.xhtml");
            browser.find("loginForm:username").sendKeys(username);
            browser.find("loginForm:password").sendKeys(DemoAccount.PASSWORD);
            browser.clickAndWaitForPage("loginForm:signIn");
            assertEquals("/login-code.xhtml", browser.path(), "the password alone is not enough");
            browser.screenshot("login-code-" + suffix);
            browser.enterCode(SecondFactor.nextCode(app, username, secret));
            assertEquals("/district/index.xhtml", browser.path(), browser.messages());
            browser.go("/account/two-factor.xhtml");
            assertTrue(browser.has("statusOn"), "the page says it is on");
            browser.screenshot("two-factor-on-" + suffix);
        }
        assertEquals(1L, Db.number(app, "SELECT COUNT(*) FROM audit_event WHERE actor = ? "
                + "AND action = 'SECOND_FACTOR_ENROLLED'", username));
        assertEquals(1L, Db.number(app, "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'SIGN_IN' "
                + "AND detail = 'second factor: app'", username));
    }

    @Test
    void aCoordinatorEnrolsOnAPhoneAndSignsInWithACodeFromTheSecret(RunningApp app) {
        enrolAndSignInAgain(app, Device.PHONE);
    }

    @Test
    void aCoordinatorEnrolsOnADesktopAndSignsInWithACodeFromTheSecret(RunningApp app) {
        enrolAndSignInAgain(app, Device.DESKTOP);
    }
}
