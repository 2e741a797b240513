package vn.tincay.platform.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import vn.tincay.incident.it.Screen;
import vn.tincay.incident.it.Texts;
import vn.tincay.it.Browser;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;

/**
 * The shared fields on a phone: text longer than allowed is counted and refused, never cut; the password can
 * be shown; a filled button reached with the keyboard shows its focus ring.
 */
@ExtendWith(TinCayServer.class)
class FormFieldsIT {

    private static PhoneSession phone;
    private static Browser browser;
    private static Screen screen;

    @BeforeAll
    static void signIn(RunningApp app) {
        phone = PhoneSession.signedInLike(app, DemoAccount.COORDINATOR, "fields");
        browser = phone.browser;
        screen = phone.screen;
    }

    @AfterAll
    static void close() {
        phone.close();
    }

    @Test
    void textLongerThanTheFieldTakesIsKeptCountedAndRefusedWithAMessage() {
        phone.openCaseFilters();
        String typed = "HDEMO-2026-0001-VA-MOT-DOAN-CHU-RAT-DAI";
        screen.type("filterForm:caseCode", typed);

        String counter = screen.find("filterForm:caseCodeCounter").getText();
        assertEquals(typed, screen.find("filterForm:caseCode").getAttribute("value"), "nothing cut while typing");
        assertEquals(Texts.vi("input.counter.over", typed.length(), 32, typed.length() - 32), counter);

        screen.click("filterForm:search");

        String message = screen.waitUntil(d -> {
            String shown = d.findElement(By.id("filterForm:caseCodeMessage")).getText();
            return shown.isBlank() ? null : shown;
        });
        assertAll(
                () -> assertEquals(new MessageFormat(ResourceBundle.getBundle("vn.tincay.i18n.faces", Texts.VIETNAMESE)
                        .getString("jakarta.faces.validator.LengthValidator.MAXIMUM"), Texts.VIETNAMESE)
                        .format(new Object[] {32, Texts.vi("case.code")}), message),
                () -> assertEquals(typed, screen.find("filterForm:caseCode").getAttribute("value"), "the text stays"));
        browser.screenshot("field-too-long-phone");
    }

    @Test
    void aFilledButtonReachedWithTheKeyboardShowsAFocusRing() {
        browser.go("/account/password.xhtml");
        String button = "passwordForm:save";
        screen.waitFor(button);
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        page.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        for (int i = 0; i < 40 && !button.equals(page.executeScript("return document.activeElement.id;")); i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> ring = (Map<String, Object>) page.executeScript(
                "const s = getComputedStyle(document.activeElement);"
                + "return {id: document.activeElement.id, style: s.outlineStyle, width: parseFloat(s.outlineWidth),"
                + "  colour: s.outlineColor, background: s.backgroundColor};");
        browser.screenshot("focus-ring-filled-button");

        assertAll(
                () -> assertEquals(button, ring.get("id")),
                () -> assertEquals("solid", ring.get("style"), ring.toString()),
                () -> assertTrue(((Number) ring.get("width")).doubleValue() >= 2, ring.toString()));
    }

    @Test
    void thePasswordCanBeShownAndHiddenAgain() {
        browser.go("/account/password.xhtml");
        var reveal = browser.driver().findElement(By.cssSelector("[id='passwordForm:current'] ~ button.tc-reveal"));
        screen.type("passwordForm:current", "bí mật của tôi");

        screen.click(reveal);
        assertEquals("text", screen.find("passwordForm:current").getAttribute("type"));
        assertEquals("true", reveal.getAttribute("aria-pressed"));
        screen.click(reveal);
        assertEquals("password", screen.find("passwordForm:current").getAttribute("type"));
        assertEquals(Texts.vi("input.password.show"), reveal.getText());
    }
}
