package vn.tincay.incident.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;
import vn.tincay.it.Browser;
import vn.tincay.it.Browser.Device;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/**
 * A teacher reports an incident on a phone-sized screen through the guided steps, and the district
 * coordinator finds it where work is waiting; a date mistake keeps the teacher on the step with a
 * message in Vietnamese and nothing typed lost.
 */
@ExtendWith(TinCayServer.class)
class IncidentIntakeBrowserIT {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String NAME = "Hồ Thị Điện Thoại Demo";

    private static RunningApp app;
    private static Browser browser;
    private static Screen screen;

    @BeforeAll
    static void signInOnAPhone(RunningApp runningApp) {
        app = runningApp;
        browser = Browser.open(app, Device.PHONE);
        browser.signIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD);
        screen = new Screen(browser);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void next(String nextStepPanel, List<String> tooWide, String step) {
        if (!screen.fitsTheScreenWidth()) {
            tooWide.add(step);
        }
        screen.click("intakeForm:next");
        screen.waitFor(nextStepPanel);
    }

    @Test
    void aTeacherFilesAnUrgentIncidentOnAPhoneAndTheCoordinatorSeesItWhereWorkIsWaiting() {
        List<String> tooWide = new ArrayList<>();
        browser.go("/incident/new.xhtml");
        screen.waitFor("intakeForm:stepWhenWhere");
        assertEquals(Report.today().format(SHOWN), screen.find("intakeForm:reportedDate_input").getAttribute("value"),
                "the report date starts as today");
        screen.type("intakeForm:incidentDate_input", Report.today().minusDays(2).format(SHOWN));
        screen.choose("intakeForm:placeType", "WAY_TO_SCHOOL");
        screen.tick("intakeForm:urgent");
        next("intakeForm:stepWhatHappened", tooWide, "when and where");

        for (String question : List.of("qPenetration", "qSexualContact", "qForcedMarriage", "qDenial",
                "qPsychological")) {
            screen.pick("intakeForm:" + question, "NO");
        }
        screen.pick("intakeForm:qPhysical", "YES");
        screen.waitForText("intakeForm:derivedType", Texts.vi("GbvType.PHYSICAL_ASSAULT"));
        screen.pick("intakeForm:qPenetration", "YES");
        String derived = screen.waitForText("intakeForm:derivedType", Texts.vi("GbvType.RAPE"));
        assertTrue(derived.contains(Texts.vi("intake.derivedType", Texts.vi("GbvType.RAPE"))), derived);
        screen.tick("intakeForm:childAbuse");
        screen.type("intakeForm:narrative", "Em kể bị một người lạ kéo vào nhà hoang trên đường về.");
        browser.screenshot("intake-phone-what-happened");
        next("intakeForm:stepSurvivor", tooWide, "what happened");

        screen.type("intakeForm:survivorName", NAME);
        screen.type("intakeForm:survivorAge", "14");
        screen.type("intakeForm:survivorClass", "8B");
        screen.type("intakeForm:guardianName", "Hồ Văn Phụ Huynh");
        screen.type("intakeForm:guardianPhone", "0905 111 222");
        next("intakeForm:stepPerpetrators", tooWide, "survivor");

        screen.click("intakeForm:addPerpetrator");
        screen.waitFor("intakeForm:perpetrator:0:relationship");
        screen.choose("intakeForm:perpetrator:0:relationship", "STRANGER");
        screen.choose("intakeForm:perpetrator:0:sex", "MALE");
        screen.choose("intakeForm:perpetrator:0:ageGroup", "AGE_26_40");
        next("intakeForm:stepConsent", tooWide, "perpetrators");

        assertTrue(screen.has("mustReportNotice"), "a 14-year-old's abuse must be reported to the authorities");
        assertTrue(screen.find("intakeForm:requiredGiver").getText().contains(Texts.vi("ConsentGiver.BOTH")),
                "a 14-year-old and the guardian both consent");
        screen.pick("intakeForm:consentGivenBy", "BOTH");
        screen.tick("intakeForm:consentToReferral");
        screen.tick("intakeForm:consentToStatistics");
        next("intakeForm:stepReview", tooWide, "consent");

        String review = screen.find("intakeForm:stepReview").getText();
        assertTrue(review.contains(Texts.vi("GbvType.RAPE")) && review.contains(NAME), review);
        browser.screenshot("intake-phone-review");
        if (!screen.fitsTheScreenWidth()) {
            tooWide.add("review");
        }
        screen.click("intakeForm:submit");
        screen.waitUntil(d -> browser.path().equals("/incident/view.xhtml"));

        Matcher saved = Pattern.compile(Pattern.quote(Texts.vi("intake.saved", "@@")).replace("@@", "\\E(HDEMO-"
                + Report.today().getYear() + "-\\d{4})\\Q")).matcher(browser.messages());
        browser.screenshot("intake-phone-case-page");
        assertTrue(saved.find(), "saved with a case code; the page shows \"" + browser.heading() + "\" and \""
                + browser.messages() + "\"");
        String caseCode = saved.group(1);
        assertAll(
                () -> assertTrue(browser.heading().contains(caseCode), browser.heading()),
                () -> assertTrue(screen.has("caseUrgent"), "marked urgent"),
                () -> assertTrue(screen.has("caseMustReport"), "marked must report"),
                () -> assertTrue(screen.find("caseClassification").getText().contains(Texts.vi("GbvType.RAPE"))),
                () -> assertFalse(screen.text().contains(NAME), "identity only on request"),
                () -> assertTrue(screen.fitsTheScreenWidth(), "the case page fits the phone"),
                () -> assertEquals(List.of(), tooWide, "intake steps wider than a 360 px phone"));

        Map<String, Object> row = Db.rows(app, "SELECT gbv_type, urgent, survivor_age, survivor_age_group, "
                + "consent_given_by, consent_referral, child_sexual_abuse, must_report, place_type, status "
                + "FROM incident WHERE case_code = ?", caseCode).get(0);
        assertEquals(Map.of("gbv_type", "RAPE", "urgent", true, "survivor_age", 14, "survivor_age_group", "AGE_12_17",
                "consent_given_by", "BOTH", "consent_referral", true, "child_sexual_abuse", true, "must_report", true,
                "place_type", "WAY_TO_SCHOOL", "status", "REPORTED"), normalise(row));

        WebClient coordinator = Sessions.of(app, DemoAccount.COORDINATOR);
        Page home = coordinator.open(DemoAccount.COORDINATOR.home());
        Page list = coordinator.open("/incident/list.xhtml");
        assertAll(
                () -> assertTrue(CasePage.text(home, "need-NEW_UNVERIFIED").contains(caseCode),
                        CasePage.text(home, "need-NEW_UNVERIFIED")),
                () -> assertTrue(CasePage.text(home, "need-URGENT_OPEN").contains(caseCode),
                        CasePage.text(home, "need-URGENT_OPEN")),
                () -> assertTrue(CasePage.text(home, "need-MUST_REPORT_OPEN").contains(caseCode),
                        CasePage.text(home, "need-MUST_REPORT_OPEN")),
                () -> assertTrue(CasePage.text(list, "casesForm").contains(caseCode), "in the case list"));
    }

    @Test
    void anIncidentDateAfterTheReportDateKeepsTheTeacherOnTheStepWithAVietnameseMessageAndWhatWasTyped() {
        LocalDate incident = Report.today().minusDays(1);
        LocalDate reported = Report.today().minusDays(5);
        long before = Db.number(app, "SELECT COUNT(*) FROM incident");
        browser.go("/incident/new.xhtml");
        screen.waitFor("intakeForm:stepWhenWhere");
        screen.type("intakeForm:incidentDate_input", incident.format(SHOWN));
        screen.type("intakeForm:reportedDate_input", reported.format(SHOWN));
        screen.choose("intakeForm:placeType", "ONLINE");

        screen.click("intakeForm:next");
        String problem = screen.waitForText("intakeForm:stepWhenWhere", Texts.vi("incident.error.incidentAfterReport"));

        browser.screenshot("intake-phone-date-error");
        assertAll(
                () -> assertTrue(problem.contains(Texts.vi("incident.error.incidentAfterReport")), problem),
                () -> assertTrue(screen.find("intakeForm:stepProblems").getText().contains(Texts.vi("intake.error.step"))),
                () -> assertFalse(screen.has("intakeForm:stepWhatHappened"), "still on the first step"),
                () -> assertEquals(incident.format(SHOWN), screen.find("intakeForm:incidentDate_input").getAttribute("value")),
                () -> assertEquals(reported.format(SHOWN), screen.find("intakeForm:reportedDate_input").getAttribute("value")),
                () -> assertEquals("ONLINE", new Select(screen.find("intakeForm:placeType")).getFirstSelectedOption()
                        .getAttribute("value")),
                () -> assertEquals(before, Db.number(app, "SELECT COUNT(*) FROM incident"), "nothing saved"));
    }

    @Test
    void theWizardCannotPassTheQuestionStepUnansweredAndNotKnownReachesTheCoordinator() {
        browser.go("/incident/new.xhtml");
        screen.waitFor("intakeForm:stepWhenWhere");
        screen.type("intakeForm:incidentDate_input", Report.today().minusDays(1).format(SHOWN));
        screen.choose("intakeForm:placeType", "SURVIVOR_HOME");
        screen.click("intakeForm:next");
        screen.waitFor("intakeForm:stepWhatHappened");
        for (String question : QUESTIONS) {
            assertTrue(screen.driver().findElements(org.openqa.selenium.By.cssSelector(
                    "input[type=radio][name='intakeForm:" + question + "']:checked")).isEmpty(),
                    question + " starts unanswered");
        }

        screen.click("intakeForm:next");
        screen.waitFor("intakeForm:stepProblems");
        browser.screenshot("intake-phone-questions-unanswered");
        String required = Texts.vi("intake.error.answerRequired");
        assertAll(
                () -> assertTrue(screen.has("intakeForm:stepWhatHappened"), "still on the question step"),
                () -> assertFalse(screen.has("intakeForm:stepSurvivor")),
                () -> assertEquals(QUESTIONS.size(), countOccurrences(screen.find("intakeForm:stepWhatHappened").getText(),
                        required), "a message beside each question"),
                () -> assertTrue(screen.fitsTheScreenWidth(), "the messages fit the phone"),
                () -> assertTrue(screen.find("intakeForm:derivedType").getText().contains(
                        Texts.vi("intake.derivedType.pending")), "no type claimed while questions are unanswered"));

        screen.pick("intakeForm:qPenetration", "NO");
        screen.pick("intakeForm:qSexualContact", "NO");
        screen.pick("intakeForm:qPhysical", "YES");
        screen.pick("intakeForm:qForcedMarriage", "UNKNOWN");
        screen.pick("intakeForm:qPsychological", "NO");
        screen.click("intakeForm:next");
        screen.waitUntil(d -> countOccurrences(screen.find("intakeForm:stepWhatHappened").getText(), required) == 1
                ? Boolean.TRUE : null);
        String denialQuestion = screen.driver().findElement(org.openqa.selenium.By.xpath(
                "//fieldset[.//*[@id='intakeForm:qDenial']]")).getText();
        assertTrue(denialQuestion.contains(required), "the message stays beside the one question left: " + denialQuestion);
        assertFalse(screen.has("intakeForm:stepSurvivor"), "one question unanswered is enough to stay");

        screen.pick("intakeForm:qDenial", "NO");
        String derived = screen.waitForText("intakeForm:derivedType", Texts.vi("GbvType.PHYSICAL_ASSAULT"));
        screen.click("intakeForm:next");
        screen.waitFor("intakeForm:stepSurvivor");
        screen.type("intakeForm:survivorAge", "15");
        screen.click("intakeForm:next");
        screen.waitFor("intakeForm:stepPerpetrators");
        screen.click("intakeForm:next");
        screen.waitFor("intakeForm:stepConsent");
        screen.click("intakeForm:next");
        screen.waitFor("intakeForm:stepReview");
        String review = screen.find("intakeForm:stepReview").getText();
        assertTrue(review.contains(Texts.vi("GbvQuestion.forcedMarriage")) && review.contains(Texts.vi("Answer.UNKNOWN")),
                review);
        screen.show("gbvAnswers");
        browser.screenshot("intake-phone-review-not-known");
        screen.click("intakeForm:submit");
        screen.waitUntil(d -> browser.path().equals("/incident/view.xhtml"));
        long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        assertEquals("UNKNOWN", Db.string(app, "SELECT answer_forced_marriage FROM incident WHERE id = ?", id));
        assertTrue(derived.contains(Texts.vi("GbvType.PHYSICAL_ASSAULT")), derived);

        Browser coordinator = Browser.open(app, Device.PHONE);
        try {
            coordinator.signIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
            Screen page = new Screen(coordinator);
            coordinator.go("/incident/view.xhtml?id=" + id);
            String classification = page.waitFor("caseClassification").getText();
            page.show("answersUnresolved");
            coordinator.screenshot("case-phone-coordinator-not-known");
            assertAll(
                    () -> assertTrue(classification.contains(Texts.vi("Answer.UNKNOWN")), classification),
                    () -> assertTrue(classification.contains(Texts.vi("case.answers.unresolved")), classification),
                    () -> assertTrue(page.fitsTheScreenWidth(), "the case page with the questions fits the phone"));

            page.pick("answersForm:questions:3:answer", "YES");
            page.click("answersForm:saveAnswers");
            page.waitUntil(d -> coordinator.messages().contains(Texts.vi("case.answers.saved",
                    Texts.vi("GbvType.PHYSICAL_ASSAULT"))) ? Boolean.TRUE : null);
            String resolved = page.waitFor("caseClassification").getText();
            assertAll(
                    () -> assertFalse(page.has("answersUnresolved"), "resolved"),
                    () -> assertTrue(resolved.replaceAll("\\s+", " ").contains(Texts.vi("case.earlyMarriage") + " " + Texts.vi("common.yes")),
                            "a forced marriage of a girl of 15 is a child marriage: " + resolved),
                    () -> assertEquals("YES", Db.string(app,
                            "SELECT answer_forced_marriage FROM incident WHERE id = ?", id)));
        } finally {
            coordinator.close();
        }
    }

    private static final List<String> QUESTIONS = List.of("qPenetration", "qSexualContact", "qPhysical",
            "qForcedMarriage", "qDenial", "qPsychological");

    private static int countOccurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static Map<String, Object> normalise(Map<String, Object> row) {
        Map<String, Object> normalised = new java.util.HashMap<>();
        row.forEach((column, value) -> normalised.put(column, value instanceof Number n && !column.equals("survivor_age")
                ? (Object) (n.intValue() != 0) : value instanceof Number n2 ? (Object) n2.intValue() : value));
        return normalised;
    }
}
