package vn.tincay.incident.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;

/**
 * Sending the same report again (double click, refresh, resend) creates one incident; a report the
 * rules refuse is not saved and says why in Vietnamese.
 */
@ExtendWith(TinCayServer.class)
class DoubleSubmissionIT {

    private static RunningApp app;
    private static Api teacher;

    @BeforeAll
    static void signIn(RunningApp runningApp) {
        app = runningApp;
        teacher = Api.as(app, DemoAccount.STAFF1);
    }

    private static long rowsWithToken(String token) {
        return Db.number(app, "SELECT COUNT(*) FROM incident WHERE submission_token = ?", token);
    }

    @Test
    void sendingTheSameDraftTwiceCreatesOneIncidentAndAnswersTheFirstCase() {
        Report report = Report.incident().yes("physicalAssault").age(13);

        Api.Answer first = teacher.post("/api/v1/incidents", report.json());
        Api.Answer second = teacher.post("/api/v1/incidents", report.json());

        assertEquals(201, first.status(), first::toString);
        assertEquals(200, second.status(), second::toString);
        Map<String, Object> created = first.json();
        Map<String, Object> repeated = second.json();
        assertAll(
                () -> assertEquals(created.get("id"), repeated.get("id"), "same case"),
                () -> assertEquals(created.get("caseCode"), repeated.get("caseCode"), "same case code"),
                () -> assertEquals(Boolean.FALSE, created.get("repeatedSubmission")),
                () -> assertEquals(Boolean.TRUE, repeated.get("repeatedSubmission")),
                () -> assertEquals(1, rowsWithToken(report.token()), "incident rows with the submission token"));
    }

    /**
     * A race can only be provoked, not forced: several rounds of several identical reports sent at
     * the same moment, each round with a submission token of its own.
     */
    @Test
    void submissionsOfTheSameDraftAtTheSameTimeCreateOneIncidentAndAllGetItsCase() throws InterruptedException {
        int rounds = 4;
        int clicks = 6;
        List<Executable> checks = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clicks);
        try {
            for (int round = 1; round <= rounds; round++) {
                Report report = Report.incident().yes("psychological").age(15);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Api.Answer>> sent = new ArrayList<>();
                for (int i = 0; i < clicks; i++) {
                    sent.add(pool.submit(() -> {
                        start.await();
                        return teacher.post("/api/v1/incidents", report.json());
                    }));
                }
                start.countDown();
                List<Api.Answer> answers = sent.stream().map(DoubleSubmissionIT::answer).toList();
                String name = "round " + round;
                checks.add(() -> assertEquals(1, rowsWithToken(report.token()), name + ": incident rows with the token"));
                answers.forEach(answer -> checks.add(() -> assertTrue(answer.status() == 200 || answer.status() == 201,
                        name + ": a double click must answer with the case, not an error: " + answer)));
            }
        } finally {
            pool.shutdownNow();
        }

        assertAll(checks);
    }

    private static Api.Answer answer(Future<Api.Answer> future) {
        try {
            return future.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anotherUserResendingSomeoneElsesSubmissionGetsNotFoundAndNoNewIncident() {
        Report report = Report.incident().yes("denial").age(16);
        teacher.file(report);

        Api.Answer replay = Api.as(app, DemoAccount.STAFF2).post("/api/v1/incidents", report.json());

        assertEquals(404, replay.status(), replay::toString);
        assertEquals(1, rowsWithToken(report.token()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSecondReportOfTheSameSurvivorAtTheSameSchoolIsHeldBackAsAPossibleDuplicateUntilReviewed() {
        String name = "Đoàn Thị Trùng Lặp " + TestAccount.uniqueName("x").substring(2);
        Api.Filed first = teacher.file(Report.incident().yes("physicalAssault").survivor(name, 14));
        Report again = Report.incident().yes("physicalAssault").survivor(name.toUpperCase(java.util.Locale.ROOT), 14);

        Api.Answer held = teacher.post("/api/v1/incidents", again.json());

        assertEquals(409, held.status(), held::toString);
        List<Map<String, Object>> duplicates = (List<Map<String, Object>>) held.json().get("possibleDuplicates");
        assertEquals(List.of(first.caseCode()), duplicates.stream().map(d -> d.get("caseCode")).toList());
        assertFalse(held.body().contains("Trùng Lặp") || held.body().contains("TRÙNG LẶP"), "no name in the answer");
        assertEquals(0, rowsWithToken(again.token()), "nothing saved");
        Api.Answer reviewed = teacher.post("/api/v1/incidents?duplicatesReviewed=true", again.json());
        assertEquals(201, reviewed.status(), reviewed::toString);
    }

    @Test
    void anIncidentDateAfterTheReportDateIsRefusedWithAVietnameseMessageAndNothingIsSaved() {
        Report report = Report.incident().yes("physicalAssault").age(12)
                .dates(Report.today().minusDays(1), Report.today().minusDays(5));

        Api.Answer refused = teacher.post("/api/v1/incidents", report.json());

        assertEquals(422, refused.status(), refused::toString);
        Map<String, Object> error = refused.json();
        assertEquals("incident.error.incidentAfterReport", error.get("error"), refused::toString);
        assertEquals(Texts.vi("incident.error.incidentAfterReport"), error.get("message"));
        assertEquals(0, rowsWithToken(report.token()));
    }
}
