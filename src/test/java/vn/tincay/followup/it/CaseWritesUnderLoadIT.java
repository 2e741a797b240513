package vn.tincay.followup.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.audit.AuditCheck;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.Db;
import vn.tincay.incident.it.Json;
import vn.tincay.incident.it.Report;
import vn.tincay.incident.it.Sessions;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.Parallel;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * Fifty people working on one case at the same moment – adding coordination entries, marking next
 * steps done, referring the case, closing and reopening it – while four people of the support service
 * answer its referrals, as the audit log, the case row and the entries' foreign keys all meet: no
 * answer is a server error, every write the server acknowledged is in the database, every refusal
 * says why (409 stale, 422 rule), what the case keeps for the lists (earliest open step, a referral
 * waiting) matches its stored entries and referrals, and the audit chain is whole afterwards.
 */
@ExtendWith(TinCayServer.class)
class CaseWritesUnderLoadIT {

    private static final int CLIENTS = 50;
    private static final int WRITES = 40;
    private static final int SERVICE_STAFF = 4;

    private static RunningApp app;
    private static Api.Filed filed;
    private static long socialWork;

    @BeforeAll
    static void aCaseInProgress(RunningApp runningApp) {
        app = runningApp;
        filed = Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("physicalAssault")
                .consent("BOTH", true, true, false));
        socialWork = Db.organisationId(app, "SOCIAL_WORK_CENTRE");
        Api coordinator = Api.as(app, DemoAccount.COORDINATOR);
        for (String status : List.of("VERIFYING", "IN_PROGRESS")) {
            int version = ((Number) coordinator.detail(filed.id()).get("version")).intValue();
            assertEquals(204, coordinator.post("/api/v1/incidents/" + filed.id() + "/status",
                    Map.of("version", version, "status", status)).status());
        }
    }

    /**
     * What one client was told: the entries it wrote, the steps it marked done, its status changes, the
     * referrals it sent and, for the service's staff, the status each referral it answered was left in.
     */
    private record Acknowledged(List<Long> entries, List<Long> stepsDone, int statusChanges, List<Long> referrals,
                                Map<Long, String> answered) {
    }

    @Test
    void fiftyPeopleWritingToOneCaseAtOnceLoseNothingAndMeetNoServerError() throws Exception {
        List<String> people = new ArrayList<>(TestAccount.colleaguesOf(app, DemoAccount.COORDINATOR, CLIENTS / 2));
        people.addAll(TestAccount.colleaguesOf(app, DemoAccount.PRINCIPAL1, CLIENTS / 2));
        people.addAll(TestAccount.colleaguesOf(app, DemoAccount.SERVICE, SERVICE_STAFF));
        List<WebClient> sessions = Parallel.run(CLIENTS + SERVICE_STAFF, 4,
                i -> new WebClient(app).signedIn(people.get(i), DemoAccount.PASSWORD));
        String entries = "/api/v1/incidents/" + filed.id() + "/coordination-entries";
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        List<String> unexplained = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();

        List<Acknowledged> acknowledged = Parallel.run(CLIENTS + SERVICE_STAFF, client -> {
            Api api = Api.of(app, sessions.get(client));
            if (client >= CLIENTS) {
                return answerReferrals(api, answer -> count(answer, answers, unexplained, refusals));
            }
            List<Long> written = new ArrayList<>();
            List<Long> done = new ArrayList<>();
            List<Long> referrals = new ArrayList<>();
            int statusChanges = 0;
            for (int write = 0; write < WRITES; write++) {
                Api.Answer answer;
                if (write % 10 == 3) {
                    // Refused (422) while the service's last referral of the case is still open.
                    answer = api.post("/api/v1/incidents/" + filed.id() + "/referrals", Map.of(
                            "serviceOrganisationId", socialWork, "basis", "CONSENT",
                            "needs", "Hỗ trợ tâm lý " + client + "-" + write));
                    if (answer.status() == 201) {
                        long referral = ((Number) answer.json().get("id")).longValue();
                        referrals.add(referral);
                        locatedAt(answer, "/api/v1/referrals/" + referral, unexplained);
                    }
                } else if (write % 10 == 9) {
                    Map<String, Object> detail = api.detail(filed.id());
                    boolean closed = "CLOSED".equals(detail.get("status"));
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("version", ((Number) detail.get("version")).intValue());
                    change.put("status", closed ? "IN_PROGRESS" : "CLOSED");
                    change.put("reason", closed ? null : "RESOLVED");
                    change.put("note", "Ghi chú tải " + client + "-" + write);
                    answer = api.post("/api/v1/incidents/" + filed.id() + "/status", change);
                    statusChanges += answer.status() == 204 ? 1 : 0;
                } else if (write % 10 == 5 && !written.isEmpty()) {
                    long entry = written.get(written.size() - 1);
                    answer = api.post("/api/v1/coordination-entries/" + entry + "/next-step-done",
                            Map.of("version", versionOf(api, entry)));
                    if (answer.status() == 204) {
                        done.add(entry);
                    }
                } else {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("agency", write % 2 == 0 ? "POLICE" : "SOCIAL_WORK_CENTRE");
                    entry.put("actionTaken", "Liên hệ lần " + client + "-" + write);
                    entry.put("nextStep", "Gọi lại gia đình");
                    // Due dates spread over three weeks, so each write may move the case's earliest open step.
                    entry.put("nextStepDue", Report.today().plusDays(1 + (client * WRITES + write) % 21).toString());
                    answer = api.post(entries, entry);
                    if (answer.status() == 201) {
                        long created = ((Number) answer.json().get("id")).longValue();
                        written.add(created);
                        locatedAt(answer, entries + "/" + created, unexplained);
                    }
                }
                count(answer, answers, unexplained, refusals);
            }
            return new Acknowledged(written, done, statusChanges, referrals, Map.of());
        });

        // Their copies of the district's alerts would be counted by other tests.
        people.forEach(username -> TestAccount.disable(app, username));
        String summary = "answers by status: " + new TreeMap<>(answers) + ", refusals: " + new TreeMap<>(refusals);
        assertTrue(answers.keySet().stream().noneMatch(status -> status >= 500), summary);
        assertEquals(List.of(), unexplained, summary);

        Set<Long> writtenIds = acknowledged.stream().flatMap(a -> a.entries().stream()).collect(Collectors.toSet());
        Set<Long> stored = Db.rows(app, "SELECT id FROM coordination_entry WHERE incident_id = ?", filed.id())
                .stream().map(row -> ((Number) row.get("id")).longValue()).collect(Collectors.toSet());
        // Entries sent while the case stood closed are refused (422): the rest must all be there.
        assertTrue(writtenIds.size() >= CLIENTS, "entries went through: " + summary);
        assertTrue(stored.containsAll(writtenIds), "every acknowledged entry is stored");
        for (Acknowledged client : acknowledged) {
            for (long entry : client.stepsDone()) {
                assertEquals(1, Db.number(app, "SELECT COUNT(*) FROM coordination_entry WHERE id = ? AND next_step_done = 1", entry),
                        "next step of entry " + entry + " is done");
            }
        }
        // The case keeps its earliest open step's due date (V63), for the overdue lists: written by fifty
        // writers at once, it must still be that of the entries as stored.
        Map<String, Object> steps = Db.rows(app, "SELECT i.next_step_due AS kept, (SELECT MIN(c.next_step_due) "
                + "FROM coordination_entry c WHERE c.incident_id = i.id AND c.next_step_done = 0) AS earliest "
                + "FROM incident i WHERE i.id = ?", filed.id()).get(0);
        assertTrue(steps.get("earliest") != null, "some next steps are still open: " + steps);
        assertEquals(String.valueOf(steps.get("earliest")), String.valueOf(steps.get("kept")),
                "the case's earliest open next step");
        // Every acknowledged referral is stored, every acknowledged answer stands, and the case says whether
        // one of its referrals waits (V65) as its stored referrals do.
        Set<Long> sent = acknowledged.stream().flatMap(a -> a.referrals().stream()).collect(Collectors.toSet());
        Map<Long, String> answered = new TreeMap<>();
        acknowledged.forEach(a -> answered.putAll(a.answered()));
        assertTrue(sent.size() >= 2 && !answered.isEmpty(), "referrals went and were answered: " + summary);
        for (long referral : sent) {
            assertEquals(filed.id(), Db.number(app, "SELECT incident_id FROM referral WHERE id = ?", referral),
                    "referral " + referral + " is stored");
        }
        answered.forEach((referral, status) -> assertEquals(status,
                Db.string(app, "SELECT status FROM referral WHERE id = ?", referral), "referral " + referral));
        assertEquals(Db.number(app, "SELECT COUNT(*) FROM referral WHERE incident_id = ? AND status = 'SENT'",
                filed.id()) > 0 ? 1L : 0L, Db.number(app, "SELECT referral_waiting + 0 FROM incident WHERE id = ?",
                filed.id()), "whether a referral of the case waits for the service's answer");
        long statusChanges = acknowledged.stream().mapToInt(Acknowledged::statusChanges).sum();
        assertEquals(statusChanges + 2, Db.number(app,
                "SELECT COUNT(*) FROM incident_status_change WHERE incident_id = ? AND from_status IS NOT NULL", filed.id()),
                "every acknowledged status change is in the history");
        assertTrue(AuditCheck.INTACT.matcher(AuditCheck.verifyAsAdmin(app)).matches(), "the audit chain is whole");
    }

    /**
     * One of the service's staff, round after round: the case's referrals waiting for the service are
     * declined or accepted and then closed (which lets the referring side send the next one).
     */
    private static Acknowledged answerReferrals(Api api, java.util.function.Consumer<Api.Answer> counted)
            throws InterruptedException {
        Map<Long, String> answered = new LinkedHashMap<>();
        for (int round = 0; round < WRITES; round++) {
            Api.Answer waiting = api.get("/api/v1/referrals?status=SENT&size=200");
            counted.accept(waiting);
            List<?> rows = waiting.status() == 200 ? (List<?>) waiting.json().get("rows") : List.of();
            for (Object row : rows) {
                Map<?, ?> fields = (Map<?, ?>) row;
                if (!filed.caseCode().equals(fields.get("caseCode"))) {
                    continue;
                }
                long id = ((Number) fields.get("id")).longValue();
                Api.Answer view = api.get("/api/v1/referrals/" + id);
                counted.accept(view);
                if (view.status() != 200) {
                    continue;
                }
                int version = ((Number) view.json().get("version")).intValue();
                boolean decline = (id + round) % 2 == 0;
                Api.Answer answer = api.post("/api/v1/referrals/" + id + (decline ? "/decline" : "/accept"),
                        Map.of("version", version, "note", "Trả lời lần " + round));
                counted.accept(answer);
                if (answer.status() == 200 && decline) {
                    answered.put(id, "DECLINED");
                } else if (answer.status() == 200) {
                    answered.put(id, "ACCEPTED");
                    Api.Answer closed = api.post("/api/v1/referrals/" + id + "/close",
                            Map.of("version", ((Number) answer.json().get("version")).intValue()));
                    counted.accept(closed);
                    if (closed.status() == 200) {
                        answered.put(id, "CLOSED");
                    }
                }
            }
            Thread.sleep(50);
        }
        return new Acknowledged(List.of(), List.of(), 0, List.of(), answered);
    }

    /** Counts an answer by its status; a refusal that does not say why is kept to fail the test. */
    private static void count(Api.Answer answer, Map<Integer, AtomicInteger> answers, List<String> unexplained,
                              Map<String, AtomicInteger> refusals) {
        answers.computeIfAbsent(answer.status(), status -> new AtomicInteger()).incrementAndGet();
        if (answer.status() >= 300 && !isExplainedRefusal(answer)) {
            unexplained.add(answer.toString());
        } else if (answer.status() >= 300) {
            refusals.computeIfAbsent(answer.json().get("error").toString(), key -> new AtomicInteger())
                    .incrementAndGet();
        }
    }

    /**
     * A 201's Location names what this request created: the API's resources serve every request at once, and
     * each request's own address goes into its answer.
     */
    private static void locatedAt(Api.Answer answer, String path, List<String> unexplained) {
        String location = answer.headers().firstValue("Location").orElse("");
        if (!location.endsWith(path)) {
            unexplained.add("201 at " + location + " instead of " + path);
        }
    }

    private static int versionOf(Api api, long entry) {
        Api.Answer timeline = api.get("/api/v1/incidents/" + filed.id() + "/coordination-entries");
        for (Object row : (List<?>) Json.parse(timeline.body())) {
            Map<?, ?> fields = (Map<?, ?>) row;
            if (((Number) fields.get("id")).longValue() == entry) {
                return ((Number) fields.get("version")).intValue();
            }
        }
        throw new AssertionError("entry " + entry + " is not on the timeline");
    }

    /** A refusal the user can act on: stale (409) or against a rule (422), with a message. */
    private static boolean isExplainedRefusal(Api.Answer answer) {
        if (answer.status() != 409 && answer.status() != 422) {
            return false;
        }
        Map<String, Object> body = answer.json();
        return body.get("error") instanceof String && body.get("message") instanceof String message
                && !message.isBlank();
    }
}
