package vn.tincay.statistics.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.Db;
import vn.tincay.incident.it.Report;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.Parallel;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TestSchool;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.statistics.MonthlyCounts;

/**
 * The monthly counts the statistics read (case_month_count, V53) follow every change of a case made
 * through the application – filing, status changes, revised answers, withdrawn consent, referrals and
 * the service's answers – also when many people change cases of the same school and month at once:
 * afterwards they equal the counts made again from the cases themselves. Each test owns a school.
 */
@ExtendWith(TinCayServer.class)
class MonthlyCountsIT {

    private static final int CLIENTS = 16;
    private static final int CHANGES = 12;

    private static RunningApp app;
    private static Api coordinator;

    @BeforeAll
    static void signIn(RunningApp runningApp) {
        app = runningApp;
        coordinator = Api.as(app, DemoAccount.COORDINATOR);
    }

    private static long newSchool(String prefix) {
        TestSchool school = TestSchool.like(app, "HDEMO-MN-HOASEN", prefix);
        return Db.number(app, "SELECT id FROM school WHERE code = ?", school.code());
    }

    private static Api.Filed file(long school, Report report) {
        return coordinator.file(report.set("schoolId", school));
    }

    private static Api.Answer move(Api api, long incident, String status, String reason, String note) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("version", ((Number) api.detail(incident).get("version")).intValue());
        change.put("status", status);
        change.put("reason", reason);
        change.put("note", note);
        return api.post("/api/v1/incidents/" + incident + "/status", change);
    }

    private static Map<String, String> answers(String psychological) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String question : Report.QUESTIONS) {
            answers.put(question, "NO");
        }
        answers.put("psychological", psychological);
        return answers;
    }

    /** The school's rows that count something, one line each, in key order. */
    private static List<String> counts(long school) {
        return Db.rows(app, "SELECT month_received, consented, dimension, category, days, cases FROM case_month_count "
                        + "WHERE school_id = ? AND cases <> 0 ORDER BY month_received, consented, dimension, category, days",
                school).stream().map(row -> row.values().toString()).toList();
    }

    /** The same rows counted again from the school's cases and referrals. */
    private static List<String> recounted(long school) throws SQLException {
        try (Connection db = app.connect()) {
            db.setAutoCommit(false);
            MonthlyCounts.recountSchool(db, school);
            db.commit();
        }
        return counts(school);
    }

    private static long rowCount(long school, String dimension, String category) {
        return Db.number(app, "SELECT COALESCE(SUM(cases), 0) FROM case_month_count WHERE school_id = ? "
                + "AND dimension = ? AND category = ?", school, dimension, category);
    }

    @Test
    void everyChangeOfACaseMovesItBetweenItsCounts() throws SQLException {
        long school = newSchool("mc-seq");
        Api.Filed lastMonth = file(school, Report.incident().yes("physicalAssault").consent("BOTH", true, true, true)
                .survivor("Đếm Thị Tháng Trước Demo", 15).guardian("Phụ huynh Demo Đếm", "0900 333 444")
                .dates(Report.today().minusMonths(1).withDayOfMonth(1), Report.today().minusMonths(1).withDayOfMonth(2)));
        Api.Filed unknown = file(school, Report.incident().unknown("psychological").yes("physicalAssault"));
        assertEquals(2L, rowCount(school, "TYPE", "PHYSICAL_ASSAULT"), "both filed cases are counted");

        // Verified; the answers revised make it psychological abuse; in progress, closed, reopened.
        assertEquals(204, move(coordinator, unknown.id(), "VERIFYING", null, null).status());
        Api.Answer revised = coordinator.post("/api/v1/incidents/" + unknown.id() + "/answers", Map.of("version",
                ((Number) coordinator.detail(unknown.id()).get("version")).intValue(), "answers", answers("YES")));
        assertEquals(204, revised.status(), revised::toString);
        assertEquals(1L, rowCount(school, "TYPE", "PHYSICAL_ASSAULT"), "moved out of its first type");
        assertEquals(1L, rowCount(school, "TYPE", "PSYCHOLOGICAL_ABUSE"), "into its new type");
        for (String status : List.of("IN_PROGRESS", "CLOSED")) {
            assertEquals(204, move(coordinator, unknown.id(), status, "RESOLVED", null).status());
        }
        assertEquals(1L, Db.number(app, "SELECT COALESCE(SUM(cases), 0) FROM case_month_count WHERE school_id = ? "
                + "AND dimension = 'CLOSED' AND category = 'PSYCHOLOGICAL_ABUSE' AND days = 1", school),
                "closed the day after it was reported (yesterday)");
        assertEquals(204, move(coordinator, unknown.id(), "IN_PROGRESS", null, "Gia đình báo sự việc tái diễn").status());
        assertEquals(0L, rowCount(school, "CLOSED", "PSYCHOLOGICAL_ABUSE"), "reopened: no longer closed");

        // Two referrals, one accepted by the service, both withdrawn with the consent to referral.
        Api service = Api.as(app, DemoAccount.SERVICE);
        for (int i = 0; i < 2; i++) {
            Api.Answer sent = coordinator.post("/api/v1/incidents/" + lastMonth.id() + "/referrals", Map.of(
                    "serviceOrganisationId", Db.organisationId(app, i == 0 ? "SOCIAL_WORK_CENTRE" : "SAFE_HOUSE"),
                    "basis", "CONSENT", "needs", "Tư vấn tâm lý."));
            assertEquals(201, sent.status(), sent::toString);
        }
        long served = Db.number(app, "SELECT MIN(id) FROM referral WHERE incident_id = ?", lastMonth.id());
        Api.Answer accepted = service.post("/api/v1/referrals/" + served + "/accept", Map.of("version",
                Db.number(app, "SELECT version FROM referral WHERE id = ?", served), "note", "Đã nhận."));
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals(1L, rowCount(school, "REFERRAL", "ACCEPTED"));
        assertEquals(200, coordinator.post("/api/v1/incidents/" + lastMonth.id() + "/rights/consent-withdrawals",
                Map.of("kind", "REFERRAL", "requestedBy", "GUARDIAN")).status());
        assertEquals(200, coordinator.post("/api/v1/incidents/" + lastMonth.id() + "/rights/consent-withdrawals",
                Map.of("kind", "STATISTICS", "requestedBy", "GUARDIAN")).status());
        assertEquals(2L, rowCount(school, "REFERRAL", "WITHDRAWN"), "both open referrals went with the consent");
        assertEquals(0L, rowCount(school, "REFERRAL", "ACCEPTED"), "the accepted one included");
        assertEquals(0L, Db.number(app, "SELECT COALESCE(SUM(cases), 0) FROM case_month_count WHERE school_id = ? "
                + "AND consented = 1 AND dimension = 'TYPE'", school), "out of the province's statistics");

        List<String> kept = counts(school);
        assertEquals(kept, recounted(school), "the counts kept equal the counts made again from the cases");
    }

    @Test
    void sixteenPeopleChangingCasesOfOneSchoolAndMonthAtOnceKeepItsCountsExact() throws Exception {
        long school = newSchool("mc-par");
        List<Long> cases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cases.add(file(school, Report.incident().yes(i % 2 == 0 ? "physicalAssault" : "psychological")).id());
        }
        List<String> people = TestAccount.colleaguesOf(app, DemoAccount.COORDINATOR, CLIENTS);
        List<WebClient> sessions = Parallel.run(CLIENTS, 4,
                i -> new WebClient(app).signedIn(people.get(i), DemoAccount.PASSWORD));
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());

        Parallel.run(CLIENTS, client -> {
            Api api = Api.of(app, sessions.get(client));
            for (int change = 0; change < CHANGES; change++) {
                long incident = cases.get((client + change) % cases.size());
                String status = (String) api.detail(incident).get("status");
                Api.Answer answer = switch (status) {
                    case "REPORTED" -> move(api, incident, "VERIFYING", null, null);
                    case "VERIFYING" -> move(api, incident, "IN_PROGRESS", null, null);
                    case "IN_PROGRESS" -> move(api, incident, "CLOSED", "RESOLVED", null);
                    default -> move(api, incident, "IN_PROGRESS", null, "Mở lại " + client + "-" + change);
                };
                answers.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
                // 409: someone changed the case meanwhile; 422: the move is no longer allowed. Both say so.
                if (answer.status() != 204 && answer.status() != 409 && answer.status() != 422) {
                    failures.add(answer.toString());
                }
            }
            return null;
        });
        people.forEach(username -> TestAccount.disable(app, username));

        String summary = "answers by status: " + new TreeMap<>(answers);
        assertEquals(List.of(), failures, summary);
        assertTrue(answers.getOrDefault(204, new AtomicInteger()).get() >= CLIENTS, summary);
        assertEquals(6L, rowCount(school, "TYPE", "PHYSICAL_ASSAULT") + rowCount(school, "TYPE", "PSYCHOLOGICAL_ABUSE"));
        long byStatus = 0;
        for (String status : List.of("REPORTED", "VERIFYING", "IN_PROGRESS", "CLOSED")) {
            long inStatus = Db.number(app, "SELECT COUNT(*) FROM incident WHERE school_id = ? AND status = ?", school,
                    status);
            assertEquals(inStatus, rowCount(school, "STATUS", status), status + "; " + summary);
            byStatus += inStatus;
        }
        assertEquals(6L, byStatus);
        List<String> kept = counts(school);
        assertEquals(kept, recounted(school), summary);
    }
}
