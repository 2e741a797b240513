package vn.tincay.incident.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/**
 * An intake that cannot mislead, through the API and the case page against MariaDB: every GBVIMS
 * question must be answered, "not known" is stored and holds the case in verification until the
 * coordinator answers it, the derived facts agree with the answers, the consent giver is checked
 * whenever one is named, and a case with a referral still "sent" is not closed without a word.
 */
@ExtendWith(TinCayServer.class)
class IntakeAnswersIT {

    private static RunningApp app;
    private static Api teacher;
    private static Api coordinator;

    @BeforeAll
    static void signIn(RunningApp runningApp) {
        app = runningApp;
        teacher = Api.as(app, DemoAccount.STAFF1);
        coordinator = Api.as(app, DemoAccount.COORDINATOR);
    }

    private static int version(long id) {
        return ((Number) coordinator.detail(id).get("version")).intValue();
    }

    private static Api.Answer moveTo(long id, String status, Map<String, Object> more) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("version", version(id), "status", status));
        body.putAll(more);
        return coordinator.post("/api/v1/incidents/" + id + "/status", body);
    }

    private static Map<String, Object> answers(String forcedMarriage) {
        Map<String, Object> answers = new LinkedHashMap<>();
        Report.QUESTIONS.forEach(question -> answers.put(question, "NO"));
        answers.put("physicalAssault", "YES");
        answers.put("forcedMarriage", forcedMarriage);
        return answers;
    }

    @Test
    void aReportWithAQuestionLeftOutIsRefusedNamingItAndAYesNoAnswerIsNoLongerTaken() {
        long before = Db.number(app, "SELECT COUNT(*) FROM incident");

        Api.Answer skipped = teacher.post("/api/v1/incidents?duplicatesReviewed=true",
                Report.incident().yes("physicalAssault").unanswered("denial", "psychological").json());
        Api.Answer yesNo = teacher.post("/api/v1/incidents?duplicatesReviewed=true",
                Report.incident().set("answers", Map.of("penetration", true)).json());

        assertAll(
                () -> assertEquals(422, skipped.status(), skipped::toString),
                () -> assertEquals("incident.error.answersMissing", skipped.json().get("error"), skipped::toString),
                () -> assertTrue(String.valueOf(skipped.json().get("message")).contains("answers.denial, answers.psychological"),
                        skipped::toString),
                () -> assertEquals(422, yesNo.status(), yesNo::toString),
                () -> assertTrue(yesNo.body().contains("answers.penetration"), yesNo::toString),
                () -> assertEquals(before, Db.number(app, "SELECT COUNT(*) FROM incident"), "nothing saved"));
    }

    @Test
    void notKnownIsStoredShownToTheCoordinatorAndMustBeAnsweredBeforeTheCaseGoesInProgress() {
        Api.Filed filed = teacher.file(Report.incident().yes("physicalAssault").unknown("forcedMarriage")
                .survivor("Lò Thị Chưa Rõ Demo", 15));

        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) coordinator.detail(filed.id()).get("answers");
        Map<String, Object> detail = coordinator.detail(filed.id());
        assertAll(
                () -> assertEquals("UNKNOWN", shown.get("forcedMarriage")),
                () -> assertEquals("YES", shown.get("physicalAssault")),
                () -> assertEquals("NO", shown.get("penetration")),
                () -> assertEquals(Boolean.TRUE, detail.get("unresolvedAnswers")),
                () -> assertEquals("PHYSICAL_ASSAULT", detail.get("type")),
                () -> assertEquals(Boolean.FALSE, detail.get("earlyMarriage"), "not known is not yet a child marriage"),
                () -> assertEquals("UNKNOWN", Db.string(app, "SELECT answer_forced_marriage FROM incident WHERE id = ?",
                        filed.id())));
        Page casePage = CasePage.open(Sessions.of(app, DemoAccount.COORDINATOR), filed.id());
        String classification = CasePage.text(casePage, "caseClassification");
        assertTrue(classification.contains(Texts.vi("GbvQuestion.forcedMarriage") + " " + Texts.vi("Answer.UNKNOWN"))
                && classification.contains(Texts.vi("case.answers.unresolved")), classification);

        assertEquals(204, moveTo(filed.id(), "VERIFYING", Map.of()).status());
        Api.Answer tooEarly = moveTo(filed.id(), "IN_PROGRESS", Map.of());
        Api.Answer byTheTeacher = teacher.post("/api/v1/incidents/" + filed.id() + "/answers",
                Map.of("version", version(filed.id()), "answers", answers("YES")));
        Api.Answer stillUnknown = coordinator.post("/api/v1/incidents/" + filed.id() + "/answers",
                Map.of("version", version(filed.id()), "answers", answers("UNKNOWN")));
        Api.Answer stillTooEarly = moveTo(filed.id(), "IN_PROGRESS", Map.of());
        assertAll(
                () -> assertEquals(422, tooEarly.status(), tooEarly::toString),
                () -> assertEquals("incident.error.unknownAnswers", tooEarly.json().get("error")),
                () -> assertEquals(403, byTheTeacher.status(), byTheTeacher::toString),
                () -> assertEquals(204, stillUnknown.status(), stillUnknown::toString),
                () -> assertEquals(422, stillTooEarly.status(), stillTooEarly::toString),
                () -> assertEquals("VERIFYING", Db.string(app, "SELECT status FROM incident WHERE id = ?", filed.id())));

        Api.Answer answered = coordinator.post("/api/v1/incidents/" + filed.id() + "/answers",
                Map.of("version", version(filed.id()), "answers", answers("YES")));
        Map<String, Object> after = coordinator.detail(filed.id());
        Api.Answer started = moveTo(filed.id(), "IN_PROGRESS", Map.of());
        assertAll(
                () -> assertEquals(204, answered.status(), answered::toString),
                () -> assertEquals(Boolean.FALSE, after.get("unresolvedAnswers")),
                () -> assertEquals("PHYSICAL_ASSAULT", after.get("type"), "physical assault still wins the type"),
                () -> assertEquals(Boolean.TRUE, after.get("earlyMarriage"), "and the girl of 15 is in a child marriage"),
                () -> assertEquals(204, started.status(), started::toString),
                () -> assertEquals(2L, Db.number(app, "SELECT COUNT(*) FROM audit_event WHERE action = 'ANSWERS_REVISED' "
                        + "AND case_code = ?", filed.caseCode())));
    }

    @Test
    void theDerivedFactsAgreeWithTheAnswersThePlaceAndTheAge() {
        Api.Filed online = teacher.file(Report.incident().yes("psychological").age(14).set("placeType", "ONLINE")
                .set("onlineViolence", false));
        Api.Filed tickedAdult = teacher.file(Report.incident().yes("physicalAssault").age(17).childAbuseFlag());
        Api.Filed beatenChild = teacher.file(Report.incident().yes("physicalAssault").age(10));
        Api.Filed beatenAndMarried = teacher.file(Report.incident().yes("physicalAssault", "forcedMarriage").age(15));

        Map<String, Object> child = coordinator.detail(beatenChild.id());
        Map<String, Object> married = coordinator.detail(beatenAndMarried.id());
        assertAll(
                () -> assertEquals(Boolean.TRUE, coordinator.detail(online.id()).get("onlineViolence"),
                        "an online place is online violence without the tick"),
                () -> assertEquals(Boolean.FALSE, coordinator.detail(tickedAdult.id()).get("childAbuse"),
                        "17 is not a child under the Law on Children, whatever was ticked"),
                () -> assertEquals(Boolean.FALSE, coordinator.detail(tickedAdult.id()).get("mustReport")),
                () -> assertEquals(Boolean.TRUE, child.get("childAbuse"), "a beaten 10-year-old, not ticked"),
                () -> assertEquals(Boolean.TRUE, child.get("mustReport")),
                () -> assertEquals("PHYSICAL_ASSAULT", married.get("type")),
                () -> assertEquals(Boolean.TRUE, married.get("earlyMarriage")));

        Page casePage = CasePage.open(Sessions.of(app, DemoAccount.COORDINATOR), beatenAndMarried.id());
        String classification = CasePage.text(casePage, "caseClassification");
        for (String question : Report.QUESTIONS) {
            assertTrue(classification.contains(Texts.vi("GbvQuestion." + question)), question + ": " + classification);
        }
        assertTrue(classification.contains(Texts.vi("GbvQuestion.forcedMarriage") + " " + Texts.vi("Answer.YES")),
                "the forced marriage is shown although physical assault won: " + classification);
    }

    @Test
    void whoeverIsNamedAsGivingConsentIsCheckedEvenWithoutAnyConsentTicked() {
        Api.Answer wrongGiver = teacher.post("/api/v1/incidents?duplicatesReviewed=true", Report.incident()
                .yes("psychological").age(12).consent("SURVIVOR", false, false, false).json());
        Api.Filed refusedByBoth = teacher.file(Report.incident().yes("psychological").age(12)
                .consent("BOTH", false, false, false));

        assertAll(
                () -> assertEquals(422, wrongGiver.status(), wrongGiver::toString),
                () -> assertEquals("incident.error.consentGiverWrong", wrongGiver.json().get("error")),
                () -> assertEquals("BOTH", Db.string(app, "SELECT consent_given_by FROM incident WHERE id = ?",
                        refusedByBoth.id()), "who was asked and refused is kept"));
    }

    @Test
    void aCaseWithAReferralStillSentIsClosedOnlyWhenTheCoordinatorConfirmsAndThenOffersNoMarkDone() {
        Api.Filed filed = teacher.file(Report.incident().yes("physicalAssault").survivor("Đinh Thị Giới Thiệu Demo", 15)
                .consent("BOTH", true, true, false));
        assertEquals(204, moveTo(filed.id(), "VERIFYING", Map.of()).status());
        assertEquals(204, moveTo(filed.id(), "IN_PROGRESS", Map.of()).status());
        Api.Answer sent = coordinator.post("/api/v1/incidents/" + filed.id() + "/referrals", Map.of(
                "serviceOrganisationId", Db.organisationId(app, "SOCIAL_WORK_CENTRE"), "basis", "CONSENT",
                "needs", "Tư vấn tâm lý."));
        assertEquals(201, sent.status(), sent::toString);
        Api.Answer entry = coordinator.post("/api/v1/incidents/" + filed.id() + "/coordination-entries", Map.of(
                "agency", "FAMILY", "actionTaken", "Gọi điện cho gia đình.", "nextStep", "Gặp lại gia đình.",
                "nextStepDue", Report.today().plusDays(3).toString()));
        assertEquals(201, entry.status(), entry::toString);

        Api.Answer silently = moveTo(filed.id(), "CLOSED", Map.of("reason", "RESOLVED"));
        assertEquals(422, silently.status(), silently::toString);
        assertEquals("incident.error.referralsSent", silently.json().get("error"));
        assertTrue(String.valueOf(silently.json().get("message")).contains("1"), silently::toString);

        WebClient client = Sessions.of(app, DemoAccount.COORDINATOR);
        Page page = CasePage.open(client, filed.id());
        assertNotNull(page.document().getElementById("statusForm:referralsSentConfirmed"),
                "closing (the only next status) asks to confirm the referral still sent");
        assertNotNull(page.document().getElementById("coordinationForm:entries:0:markDone"),
                "an open case offers to mark the next step done");
        Page unconfirmed = CasePage.send(client, page, "statusForm", "changeStatus",
                Map.of("statusForm:closeReason", "RESOLVED"));
        assertEquals("IN_PROGRESS", Db.string(app, "SELECT status FROM incident WHERE id = ?", filed.id()));
        assertTrue(unconfirmed.messages().contains(Texts.vi("incident.error.referralsSent", 1)), unconfirmed.messages());

        Page closed = CasePage.send(client, unconfirmed, "statusForm", "changeStatus",
                Map.of("statusForm:closeReason", "RESOLVED", "statusForm:referralsSentConfirmed", "true"));
        assertEquals("CLOSED", Db.string(app, "SELECT status FROM incident WHERE id = ?", filed.id()), closed.messages());
        assertEquals("SENT", Db.string(app, "SELECT status FROM referral WHERE incident_id = ?", filed.id()),
                "the referral stays with the service");

        long entryId = Db.number(app, "SELECT MAX(id) FROM coordination_entry WHERE incident_id = ?", filed.id());
        Api.Answer markDone = coordinator.post("/api/v1/coordination-entries/" + entryId + "/next-step-done",
                Map.of("version", 0));
        assertAll(
                () -> assertTrue(CasePage.body(closed).contains("Gặp lại gia đình."), "the next step is still shown"),
                () -> assertNull(closed.document().getElementById("coordinationForm:entries:0:markDone"),
                        "but a closed case offers no \"mark done\""),
                () -> assertEquals(422, markDone.status(), markDone::toString),
                () -> assertEquals("coordination.error.caseClosed", markDone.json().get("error")));
    }
}
