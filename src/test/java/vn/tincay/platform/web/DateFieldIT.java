package vn.tincay.platform.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tincay.incident.it.Screen;
import vn.tincay.incident.it.Texts;
import vn.tincay.it.Browser;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;

/**
 * The one date field (t:date) on a phone: what is typed stays as typed, an impossible or malformed date gets a
 * message beside the field and keeps its text, a short day/month is read as it was meant, and the calendar
 * speaks Vietnamese. Checked on the case list's filter and on the first step of the incident report.
 */
@ExtendWith(TinCayServer.class)
class DateFieldIT {

    private static final String FROM = "filterForm:from";
    private static PhoneSession phone;
    private static Browser browser;
    private static Screen screen;

    @BeforeAll
    static void signIn(RunningApp app) {
        phone = PhoneSession.signedInLike(app, DemoAccount.COORDINATOR, "dates");
        browser = phone.browser;
        screen = phone.screen;
    }

    @AfterAll
    static void close() {
        phone.close();
    }

    @ParameterizedTest(name = "\"{0}\" gets a message and stays as typed")
    @CsvSource({
            "29/02/2025, input.date.error.impossible",
            "15/13/2026, input.date.error.impossible",
            "31/02/2026, input.date.error.impossible",
            "2026-03-05, input.date.error.format"})
    void aDateThatIsNoDayGetsAMessageBesideTheFieldAndKeepsItsText(String typed, String messageKey) {
        phone.openCaseFilters();
        screen.type(FROM + "_input", typed);
        assertEquals(typed, screen.find(FROM + "_input").getAttribute("value"), "nothing rewrites the typing");

        screen.click("filterForm:search");

        String message = screen.waitUntil(d -> {
            String shown = d.findElement(By.id(FROM + "Message")).getText();
            return shown.isBlank() ? null : shown;
        });
        assertAll(
                () -> assertEquals(Texts.vi(messageKey, Texts.vi("cases.from"), typed), message),
                () -> assertEquals(typed, screen.find(FROM + "_input").getAttribute("value"), "the text stays"),
                () -> assertEquals("true", screen.find(FROM + "_input").getAttribute("aria-invalid")),
                () -> assertTrue(EveryPageIT.axeProblems(browser, "case list with a date error").isEmpty(),
                        () -> EveryPageIT.axeProblems(browser, "case list with a date error").toString()));
        browser.screenshot("date-refused-" + typed.replace('/', '-'));
    }

    @Test
    void aShortDayAndMonthAreReadAsMeantAndShownWithTwoDigits() {
        phone.openCaseFilters();
        screen.type(FROM + "_input", "5/3/2026");

        screen.click("filterForm:search");

        screen.waitUntil(d -> "05/03/2026".equals(d.findElement(By.id(FROM + "_input")).getAttribute("value")));
        assertEquals("", screen.find(FROM + "Message").getText());
        screen.click("filterForm:clear");
        screen.waitUntil(d -> d.findElement(By.id(FROM + "_input")).getAttribute("value").isEmpty());
    }

    @Test
    void theCalendarNamesTheMonthsTháng1ToTháng12AndItsButtonSaysWhatItDoes() {
        phone.openCaseFilters();
        WebElement button = browser.driver().findElement(By.cssSelector("[id='" + FROM + "'] .ui-datepicker-trigger"));
        assertEquals(Texts.vi("input.date.calendar") + ": " + Texts.vi("cases.from"), button.getAttribute("aria-label"));

        screen.click(button);

        WebElement panel = screen.waitUntil(d -> d.findElements(By.cssSelector(".ui-datepicker.p-datepicker-panel"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        List<String> months = panel.findElements(By.cssSelector("select.ui-datepicker-month option")).stream()
                .map(option -> option.getAttribute("textContent").trim()).toList();
        assertEquals(List.of("Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8",
                "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"), months);
        browser.screenshot("date-calendar-phone");
        screen.click(panel.findElements(By.cssSelector("td[role=gridcell]:not(.ui-datepicker-other-month) > *")).stream()
                .filter(day -> day.getText().trim().equals("15")).findFirst().orElseThrow());
        assertTrue(screen.find(FROM + "_input").getAttribute("value").matches("15/\\d{2}/\\d{4}"),
                screen.find(FROM + "_input").getAttribute("value"));
    }

    @Test
    void theIncidentReportsDateRefusesTheTwentyNinthOfFebruaryOfAnOrdinaryYearAndKeepsIt() {
        browser.go("/incident/new.xhtml");
        screen.waitFor("intakeForm:incidentDate_input");
        screen.type("intakeForm:incidentDate_input", "29/02/2025");

        screen.click("intakeForm:next");

        String message = screen.waitUntil(d -> {
            String shown = d.findElement(By.id("intakeForm:incidentDateMessage")).getText();
            return shown.isBlank() ? null : shown;
        });
        assertEquals(Texts.vi("input.date.error.impossible", Texts.vi("intake.incidentDate"), "29/02/2025"), message);
        assertEquals("29/02/2025", screen.find("intakeForm:incidentDate_input").getAttribute("value"));
        assertFalse(screen.text().contains("09/02/2025"), "no guessed date anywhere");
        browser.screenshot("date-refused-intake");
    }
}
