package vn.tincay.followup.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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
 * Eight coordinators send the same case to the same service at the same moment (or one coordinator's
 * double click on a slow line): one referral goes out, every other sender is told the service already has
 * one open, and no sender meets an error.
 */
@ExtendWith(TinCayServer.class)
class ReferralDoubleSendIT {

    private static final int SENDERS = 8;

    @Test
    void oneCaseSentToOneServiceByManyAtOnceMakesOneReferral(RunningApp app) throws Exception {
        long socialWork = Db.organisationId(app, "SOCIAL_WORK_CENTRE");
        try (SignedInColleagues senders = SignedInColleagues.of(app, DemoAccount.COORDINATOR, SENDERS)) {
            for (int round = 0; round < 3; round++) {
                Api.Filed filed = Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("psychological")
                        .consent("BOTH", true, true, false));
                List<Api.Answer> answers = Parallel.run(SENDERS, i -> Api.of(app, senders.session(i)).post(
                        "/api/v1/incidents/" + filed.id() + "/referrals", Map.of("serviceOrganisationId", socialWork,
                                "basis", "CONSENT", "needs", "Tư vấn tâm lý.")));
                String told = answers.toString();
                assertEquals(1, answers.stream().filter(answer -> answer.status() == 201).count(), told);
                assertTrue(answers.stream().filter(answer -> answer.status() != 201).allMatch(answer ->
                        answer.status() == 422 && "referral.error.alreadyOpen".equals(answer.json().get("error"))), told);
                assertEquals(1, Db.number(app, "SELECT COUNT(*) FROM referral WHERE incident_id = ?", filed.id()),
                        "one referral stored");
            }
        }
    }
}
