package vn.tincay.followup.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.CasePage;
import vn.tincay.incident.it.Db;
import vn.tincay.incident.it.Json;
import vn.tincay.incident.it.Report;
import vn.tincay.incident.it.Sessions;
import vn.tincay.incident.it.Texts;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/**
 * Follow-up of a case by the district coordinator on the case page: status changes by the rules of
 * the entity, closing with a reason, the coordination log with overdue next steps, and a stale edit
 * from a second session that is refused without losing what was saved.
 */
@ExtendWith(TinCayServer.class)
class CaseFollowUpIT {

    private static RunningApp app;
    private static WebClient coordinator;

    @BeforeAll
    static void signIn(RunningApp runningApp) {
        app = runningApp;
        coordinator = Sessions.of(app, DemoAccount.COORDINATOR);
    }

    private static Api.Filed newCase() {
        return Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("physicalAssault").age(13));
    }

    private static String status(long id) {
        return Db.string(app, "SELECT status FROM incident WHERE id = ?", id);
    }

    private static Page changeStatus(Page page, Map<String, String> values) {
        return CasePage.send(coordinator, page, "statusForm", "changeStatus", values);
    }

    @Test
    void theCoordinatorVerifiesACaseAndTakesItInHandEachStepLoggedWithWhoAndWhen() {
        Api.Filed filed = newCase();

        Page verifying = changeStatus(CasePage.open(coordinator, filed.id()),
                Map.of("statusForm:targetStatus", "VERIFYING", "statusForm:note", "Đã gọi cho giáo viên chủ nhiệm."));
        assertEquals("VERIFYING", status(filed.id()), verifying.messages());
        Page inProgress = changeStatus(verifying, Map.of("statusForm:targetStatus", "IN_PROGRESS"));

        assertEquals("IN_PROGRESS", status(filed.id()), inProgress.messages());
        assertEquals(Texts.vi("IncidentStatus.IN_PROGRESS"), CasePage.text(inProgress, "caseStatus"));
        assertTrue(inProgress.messages().contains(Texts.vi("case.status.changed", Texts.vi("IncidentStatus.IN_PROGRESS"))),
                inProgress.messages());
        List<Map<String, Object>> history = Db.rows(app, "SELECT from_status, to_status, changed_by, changed_at, note "
                + "FROM incident_status_change WHERE incident_id = ? ORDER BY id", filed.id());
        assertEquals(List.of("REPORTED", "VERIFYING", "IN_PROGRESS"),
                history.stream().map(row -> row.get("to_status")).toList());
        assertAll(history.subList(1, 3).stream().map(row -> () -> {
            assertEquals("coordinator", row.get("changed_by"));
            assertNotNull(row.get("changed_at"));
        }));
        assertEquals("Đã gọi cho giáo viên chủ nhiệm.", Db.decrypted(history.get(1).get("note")));
        String timeline = CasePage.text(inProgress, "statusHistory");
        assertTrue(timeline.contains(Texts.vi("IncidentStatus.VERIFYING")) && timeline.contains("Đã gọi cho giáo viên"),
                timeline);
    }

    @Test
    void anInvalidTransitionIsRefusedByTheRulesAndChangesNothing() {
        Api.Filed filed = newCase();
        Api api = Api.as(app, DemoAccount.COORDINATOR);
        int version = ((Number) api.detail(filed.id()).get("version")).intValue();

        Api.Answer refused = api.post("/api/v1/incidents/" + filed.id() + "/status",
                Map.of("version", version, "status", "IN_PROGRESS"));

        assertEquals(422, refused.status(), refused::toString);
        assertEquals("incident.error.transition", refused.json().get("error"));
        String message = (String) refused.json().get("message");
        String vietnamese = Texts.vi("incident.error.transition", "{0}", "{1}");
        assertTrue(message.startsWith(vietnamese.substring(0, vietnamese.indexOf("{0}"))), message);
        assertEquals("REPORTED", status(filed.id()));
        assertEquals(1, Db.number(app, "SELECT COUNT(*) FROM incident_status_change WHERE incident_id = ?", filed.id()));
    }

    @Test
    void theCaseIsNotClosedWithoutAReasonAndIsClosedWithOne() {
        Api.Filed filed = newCase();

        Page withoutReason = changeStatus(CasePage.open(coordinator, filed.id()),
                Map.of("statusForm:targetStatus", "CLOSED", "statusForm:note", "Gia đình đã chuyển trường."));

        assertEquals("REPORTED", status(filed.id()));
        assertTrue(withoutReason.messages().contains(Texts.vi("incident.error.closeReasonMissing")),
                withoutReason.messages());
        Element note = withoutReason.document().getElementById("statusForm:note");
        assertNotNull(note);
        assertEquals("Gia đình đã chuyển trường.", note.text(), "the note typed is kept");
        assertNotNull(withoutReason.document().getElementById("statusForm:closeReason"), "the reason is asked for");

        Page closed = changeStatus(withoutReason, Map.of("statusForm:closeReason", "RESOLVED"));

        assertEquals("CLOSED", status(filed.id()), closed.messages());
        assertEquals("RESOLVED", Db.string(app, "SELECT close_reason FROM incident WHERE id = ?", filed.id()));
        assertTrue(CasePage.text(closed, "statusHistory").contains(Texts.vi("CloseReason.RESOLVED")));
    }

    @Test
    void aNextStepDueInThePastIsRefusedAndWhatWasTypedIsKept() {
        Api.Filed filed = newCase();

        Page refused = CasePage.send(coordinator, CasePage.open(coordinator, filed.id()), "coordinationForm",
                "recordEntry", Map.of("coordinationForm:agency", "JUSTICE",
                        "coordinationForm:actionTaken", "Đã trao đổi với Phòng Tư pháp.",
                        "coordinationForm:nextStep", "Gửi hồ sơ.",
                        "coordinationForm:nextStepDue_input", Report.shown(Report.today().minusDays(2))));

        assertTrue(CasePage.text(refused, "caseCoordination").contains(Texts.vi("coordination.error.dueInPast")),
                CasePage.text(refused, "caseCoordination"));
        assertEquals(0, Db.number(app, "SELECT COUNT(*) FROM coordination_entry WHERE incident_id = ?", filed.id()));
        assertEquals("Đã trao đổi với Phòng Tư pháp.",
                refused.document().getElementById("coordinationForm:actionTaken").text());
    }

    @Test
    void aNextStepPastItsDueDateShowsAsOverdueAndTheOverdueFilterAndHomePageFindTheCase() {
        Api.Filed overdue = newCase();
        Api.Filed onTime = newCase();
        Page recorded = CasePage.send(coordinator, CasePage.open(coordinator, overdue.id()), "coordinationForm",
                "recordEntry", Map.of("coordinationForm:agency", "POLICE",
                        "coordinationForm:actionTaken", "Đã báo công an xã.",
                        "coordinationForm:outcome", "Công an đã tiếp nhận.",
                        "coordinationForm:nextStep", "Hỏi kết quả xác minh.",
                        "coordinationForm:nextStepDue_input", Report.shown(Report.today().plusDays(2))));
        assertTrue(CasePage.text(recorded, "caseCoordination").contains(Texts.vi("coordination.recorded")),
                CasePage.text(recorded, "caseCoordination"));
        CasePage.send(coordinator, CasePage.open(coordinator, onTime.id()), "coordinationForm", "recordEntry",
                Map.of("coordinationForm:agency", "FAMILY", "coordinationForm:actionTaken", "Đã gặp gia đình.",
                        "coordinationForm:nextStep", "Gặp lại.",
                        "coordinationForm:nextStepDue_input", Report.shown(Report.today().plusDays(5))));
        CasePage.send(coordinator, CasePage.open(coordinator, overdue.id()), "coordinationForm", "recordEntry",
                Map.of("coordinationForm:agency", "SOCIAL_WORK_CENTRE",
                        "coordinationForm:actionTaken", "Đã gọi cán bộ xã hội.",
                        "coordinationForm:nextStep", "Hẹn thăm gia đình.",
                        "coordinationForm:nextStepDue_input", Report.shown(Report.today().plusDays(3))));
        // The form refuses past dates, so time passes in the database: both steps due yesterday, so the home
        // page, which lists the steps that fell overdue last first, shows the case (once). The case keeps its
        // earliest open step's due date (V63), which the entries wrote: two days ahead, then three.
        assertEquals(Report.today().plusDays(2).toString(), Db.rows(app, "SELECT next_step_due FROM incident WHERE id = ?",
                overdue.id()).get(0).get("next_step_due").toString());
        assertEquals(2, Db.update(app, "UPDATE coordination_entry SET next_step_due = ? WHERE incident_id = ?",
                Report.today().minusDays(1), overdue.id()));
        assertEquals(1, Db.update(app, "UPDATE incident SET next_step_due = ? WHERE id = ?",
                Report.today().minusDays(1), overdue.id()));

        Page casePage = CasePage.open(coordinator, overdue.id());
        Page overdueList = coordinator.open("/incident/list.xhtml?overdue=true");
        Page home = coordinator.open(DemoAccount.COORDINATOR.home());

        Element item = casePage.document().selectFirst("#caseCoordination li.tc-overdue");
        assertNotNull(item, "the entry is marked overdue");
        assertTrue(item.text().contains(Texts.vi("coordination.overdue")), item.text());
        assertTrue(CasePage.text(overdueList, "casesForm").contains(overdue.caseCode()), "overdue filter finds it");
        assertFalse(CasePage.text(overdueList, "casesForm").contains(onTime.caseCode()), "not a case on time");
        String need = CasePage.text(home, "need-OVERDUE_NEXT_STEPS");
        assertTrue(need.contains(overdue.caseCode()), need);
        assertEquals(need.indexOf(overdue.caseCode()), need.lastIndexOf(overdue.caseCode()), "listed once: " + need);
        // The box counts cases, not steps.
        long cases = Db.number(app, "SELECT COUNT(DISTINCT c.incident_id) FROM coordination_entry c JOIN incident i "
                + "ON i.id = c.incident_id JOIN district d ON d.id = i.district_id WHERE d.code = 'HDEMO' "
                + "AND c.next_step_done = 0 AND c.next_step_due < ?", Report.today());
        assertEquals(String.valueOf(Math.min(cases, 999)) + (cases > 999 ? "+" : ""),
                home.document().selectFirst("#need-OVERDUE_NEXT_STEPS .tc-need-count").text(), need);
        Api api = Api.as(app, DemoAccount.COORDINATOR);
        assertTrue(api.caseCodes("overdueOnly=true").contains(overdue.caseCode()));

        // Done, one step after the other: the case is overdue until its last open step is done.
        List<?> steps = (List<?>) Json.parse(api.get("/api/v1/incidents/" + overdue.id() + "/coordination-entries").body());
        for (int done = 0; done < steps.size(); done++) {
            Map<?, ?> step = (Map<?, ?>) steps.get(done);
            assertEquals(204, api.post("/api/v1/coordination-entries/" + step.get("id") + "/next-step-done",
                    Map.of("version", step.get("version"))).status());
            assertEquals(done < steps.size() - 1, api.caseCodes("overdueOnly=true").contains(overdue.caseCode()),
                    "overdue after " + (done + 1) + " of " + steps.size() + " steps done");
        }
        assertNull(Db.rows(app, "SELECT next_step_due FROM incident WHERE id = ?", overdue.id()).get(0).get("next_step_due"));
        assertFalse(CasePage.text(coordinator.open(DemoAccount.COORDINATOR.home()), "need-OVERDUE_NEXT_STEPS")
                .contains(overdue.caseCode()), "no longer on the home page");
    }

    @Test
    void aStaleEditFromASecondSessionIsRefusedAndWhatTheFirstSavedIsKept() {
        Api.Filed filed = newCase();
        WebClient secondSession = Sessions.fresh(app, DemoAccount.COORDINATOR);
        Page first = CasePage.open(coordinator, filed.id());
        Page second = CasePage.open(secondSession, filed.id());

        changeStatus(first, Map.of("statusForm:targetStatus", "VERIFYING", "statusForm:note", "Lưu từ phiên thứ nhất."));
        Page stale = CasePage.send(secondSession, second, "statusForm", "changeStatus",
                Map.of("statusForm:targetStatus", "VERIFYING", "statusForm:note", "Ghi chú của phiên thứ hai."));

        assertTrue(stale.messages().contains(Texts.vi("error.staleEdit")), stale.messages());
        assertEquals("Ghi chú của phiên thứ hai.", stale.document().getElementById("statusForm:note").text(),
                "what the second session typed is still in the form");
        assertEquals("VERIFYING", status(filed.id()));
        assertEquals(List.of("Lưu từ phiên thứ nhất."), Db.rows(app, "SELECT note FROM incident_status_change "
                + "WHERE incident_id = ? AND to_status = 'VERIFYING'", filed.id()).stream().map(r -> Db.decrypted(r.get("note")))
                .toList());
    }

    @Test
    void theReporterSeesHerCaseWithoutTheFollowUpAndNothingIsRefusedOnTheWay() {
        Api.Filed filed = newCase();
        WebClient staff = Sessions.of(app, DemoAccount.STAFF1);
        long logAt = app.logLength();
        Page page = staff.open("/incident/view.xhtml?id=" + filed.id());
        assertEquals(200, page.status());
        assertTrue(page.document().text().contains(filed.caseCode()), "her own case");
        assertAll(
                () -> assertTrue(page.document().select("[id$=coordinationForm], [id$=referralForm]").isEmpty(),
                        "the follow-up is the focal point's and the coordinator's"),
                () -> assertFalse(app.logSince(logAt).contains("system exception"),
                        "the page does not ask the services for what her role may not see: " + app.logSince(logAt)));
        Page followed = coordinator.open("/incident/view.xhtml?id=" + filed.id());
        assertFalse(followed.document().select("[id$=coordinationForm]").isEmpty(), "the coordinator follows it up");
    }

    @Test
    void theCasePageGivesEveryElementAUniqueId() {
        Page page = CasePage.open(coordinator, newCase().id());

        Map<String, Long> ids = page.document().select("[id]").stream().collect(
                java.util.stream.Collectors.groupingBy(element -> element.id(), java.util.stream.Collectors.counting()));

        assertEquals(Map.of(), ids.entrySet().stream().filter(id -> id.getValue() > 1)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                "ids used more than once");
    }
}
