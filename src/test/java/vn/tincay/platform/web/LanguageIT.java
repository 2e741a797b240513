package vn.tincay.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tincay.it.Browser;
import vn.tincay.it.Browser.Device;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/** The page language: Vietnamese at first whatever the browser says, then the user's choice, kept in a cookie and in the account. */
@ExtendWith(TinCayServer.class)
class LanguageIT {

    private static final String SIGN_IN_EN = "Sign in";
    private static final String SIGN_IN_VI = "Đăng nhập";

    private static RunningApp app;

    @BeforeAll
    static void remember(RunningApp runningApp) {
        app = runningApp;
    }

    @ParameterizedTest(name = "Accept-Language \"{0}\" gets the Vietnamese sign-in page with English one tap away")
    @ValueSource(strings = {"en", "en-US,en;q=0.9", "en-GB,en;q=0.8,vi;q=0.5", "vi", "vi-VN,vi;q=0.9,en;q=0.5", "fr-FR,fr"})
    void aFirstVisitGetsVietnameseWhateverTheBrowsersLanguageWithTheSwitchToEnglishInTheHeader(String acceptLanguage) {
        Page login = new WebClient(app, acceptLanguage).open("/login.xhtml");

        assertEquals(SIGN_IN_VI, login.heading());
        assertTrue(login.document().title().startsWith(SIGN_IN_VI), login.document().title());
        assertEquals("vi", login.document().selectFirst("html").attr("lang"));
        var toEnglish = login.document().getElementById("headerForm:langEn");
        assertEquals("English", toEnglish.attr("value"), "the switch names the other language in itself");
        assertEquals("en", toEnglish.attr("lang"));
        assertNull(login.document().getElementById("headerForm:langVi"), "only the other language is offered");
    }

    @Test
    void aFirstVisitWithoutAcceptLanguageGetsTheVietnameseSignInPage() {
        Page login = new WebClient(app).open("/login.xhtml");

        assertEquals(SIGN_IN_VI, login.heading());
        assertEquals("vi", login.document().selectFirst("html").attr("lang"));
    }

    @Test
    void anEnglishPhoneGetsVietnameseFirstAndEnglishAfterOneTap() {
        try (Browser browser = Browser.open(app, Device.PHONE, "en-US,en")) {
            browser.go("/login.xhtml");
            assertEquals(SIGN_IN_VI, browser.heading());
            var toEnglish = browser.find("headerForm:langEn");
            assertTrue(toEnglish.isDisplayed() && toEnglish.getRect().getY() + toEnglish.getRect().getHeight() <= 740,
                    "the switch is on the first screen: " + toEnglish.getRect());

            browser.clickAndWaitForPage("headerForm:langEn");

            assertEquals(SIGN_IN_EN, browser.heading());
        }
    }

    @Test
    void theLanguageSwitchChangesThePageAndTheChoiceOutlivesTheSession() {
        try (Browser browser = Browser.open(app, Device.PHONE)) {
            browser.go("/login.xhtml");
            browser.screenshot("login-vi-phone");
            assertEquals(SIGN_IN_VI, browser.heading());

            browser.clickAndWaitForPage("headerForm:langEn");
            browser.screenshot("login-en-phone");
            assertEquals(SIGN_IN_EN, browser.heading());
            assertEquals("en", browser.cookie(PreferredLocaleViewHandler.COOKIE));

            browser.endSession();
            browser.go("/login.xhtml");
            assertEquals(SIGN_IN_EN, browser.heading(), "a new visit keeps English");

            browser.clickAndWaitForPage("headerForm:langVi");
            assertEquals(SIGN_IN_VI, browser.heading());
        }
    }

    @Test
    void aSignedInUsersChoiceIsSavedToTheAccountAndFollowsThemIntoAnotherBrowser() {
        String username = TestAccount.in(app).named("lang").create();
        assertNull(TestAccount.column(app, username, "preferred_locale"));
        try (Browser first = Browser.open(app, Device.DESKTOP)) {
            first.signIn(username, DemoAccount.PASSWORD);
            assertEquals("/school/index.xhtml", first.path());
            assertTrue(first.heading().startsWith("Xin chào"), first.heading());

            first.clickAndWaitForPage("headerForm:langEn");

            assertTrue(first.heading().startsWith("Hello"), first.heading());
            assertEquals("/school/index.xhtml", first.path(), "the switch stays on the page");
        }
        assertEquals("en", TestAccount.column(app, username, "preferred_locale"));

        try (Browser second = Browser.open(app, Device.PHONE)) {
            second.go("/login.xhtml");
            assertEquals(SIGN_IN_VI, second.heading(), "a fresh browser starts in Vietnamese");

            second.signIn(username, DemoAccount.PASSWORD);

            assertEquals("/school/index.xhtml", second.path());
            assertTrue(second.heading().startsWith("Hello"), second.heading());
        }
    }
}
