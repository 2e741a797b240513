package vn.tincay.privacy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.Db;
import vn.tincay.incident.it.Report;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.Parallel;
import vn.tincay.it.RunningApp;
import vn.tincay.it.SignedInColleagues;
import vn.tincay.it.TinCayServer;

/**
 * The guardian withdraws consent to referral while coordinators are sending the case to every service of the
 * district at the same moment: a referral goes out only before the withdrawal (and is then withdrawn with the
 * others), never after it on the strength of consent read a moment before; nothing is left waiting for a
 * service, and nobody meets a server error.
 */
@ExtendWith(TinCayServer.class)
class ConsentWithdrawalRaceIT {

    private static final int ROUNDS = 6;

    @Test
    void noReferralOutlivesAConsentWithdrawnWhileItWasBeingSent(RunningApp app) throws Exception {
        long district = Db.number(app, "SELECT district_id FROM user_account WHERE username = 'coordinator'");
        List<Long> organisations = Db.rows(app, "SELECT id FROM service_organisation WHERE district_id = ? "
                + "AND active = 1 ORDER BY id", district).stream().map(row -> ((Number) row.get("id")).longValue())
                .toList();
        assertTrue(organisations.size() >= 2, "the demo district has services to refer to: " + organisations);
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        try (SignedInColleagues people = SignedInColleagues.of(app, DemoAccount.COORDINATOR,
                organisations.size() + 1)) {
            Api teacher = Api.as(app, DemoAccount.STAFF1);
            for (int round = 0; round < ROUNDS; round++) {
                Api.Filed filed = teacher.file(Report.incident().yes("psychological")
                        .consent("BOTH", true, true, false));
                List<Long> sent = new ArrayList<>(Parallel.run(people.size(), i -> {
                    Api api = Api.of(app, people.session(i));
                    Api.Answer answer = i < organisations.size()
                            ? api.post("/api/v1/incidents/" + filed.id() + "/referrals", Map.of("serviceOrganisationId",
                                    organisations.get(i), "basis", "CONSENT", "needs", "Hỗ trợ tâm lý."))
                            : api.post("/api/v1/incidents/" + filed.id() + "/rights/consent-withdrawals",
                                    Map.of("kind", "REFERRAL", "requestedBy", "GUARDIAN"));
                    answers.computeIfAbsent(answer.status(), status -> new AtomicInteger()).incrementAndGet();
                    assertTrue(answer.status() < 500, answer::toString);
                    return answer.status() == 201 ? ((Number) answer.json().get("id")).longValue() : -1L;
                }));
                sent.removeIf(id -> id < 0);
                String summary = "round " + round + ", answers so far " + new TreeMap<>(answers);
                assertEquals(0, Db.number(app, "SELECT COUNT(*) FROM referral WHERE incident_id = ? AND status <> "
                        + "'WITHDRAWN'", filed.id()), "every referral of the case is withdrawn: " + summary);
                assertEquals(sent.size(), Db.number(app, "SELECT COUNT(*) FROM referral WHERE incident_id = ?",
                        filed.id()), "every acknowledged referral is stored: " + summary);
                assertEquals(0, Db.number(app, "SELECT referral_waiting + 0 FROM incident WHERE id = ?", filed.id()),
                        "nothing waits for a service: " + summary);
            }
        }
        assertEquals(ROUNDS, answers.getOrDefault(200, new AtomicInteger()).get(), "every withdrawal went through: "
                + answers);
    }
}
