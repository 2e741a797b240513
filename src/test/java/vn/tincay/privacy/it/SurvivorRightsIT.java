package vn.tincay.privacy.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.Db;
import vn.tincay.incident.it.Report;
import vn.tincay.incident.it.Sessions;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.statistics.MonthlyCounts;

/**
 * The survivor's rights on MariaDB, each with the audit rows it writes: consent withdrawn at once
 * (open referrals withdrawn, the service told, statistics consent gone), identity corrected with
 * history, a data copy PDF, retention holds and anonymisation, and the breach register.
 */
@ExtendWith(TinCayServer.class)
class SurvivorRightsIT {

    private static RunningApp app;
    private static Api coordinator;

    @BeforeAll
    static void signIn(RunningApp runningApp) {
        app = runningApp;
        coordinator = Api.as(app, DemoAccount.COORDINATOR);
    }

    private static Api.Filed fileConsentedCase(String name) {
        return Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("physicalAssault").survivor(name, 15)
                .guardian("Phụ huynh Demo Quyền", "0900 111 222").consent("BOTH", true, true, true));
    }

    private static long sendReferral(Api.Filed filed) {
        Api.Answer sent = coordinator.post("/api/v1/incidents/" + filed.id() + "/referrals", Map.of(
                "serviceOrganisationId", Db.organisationId(app, "SOCIAL_WORK_CENTRE"), "basis", "CONSENT",
                "needs", "Tư vấn tâm lý."));
        assertEquals(201, sent.status(), sent::toString);
        return Db.number(app, "SELECT MAX(id) FROM referral WHERE incident_id = ?", filed.id());
    }

    /** The flag the case keeps for the home pages' "referrals waiting" (V65). */
    private static long waiting(Api.Filed filed) {
        return Db.number(app, "SELECT referral_waiting + 0 FROM incident WHERE id = ?", filed.id());
    }

    private static long audits(String caseCode, String action) {
        return Db.number(app, "SELECT COUNT(*) FROM audit_event WHERE case_code = ? AND action = ?", caseCode, action);
    }

    @Test
    void withdrawingConsentToReferralWithdrawsOpenReferralsAndTellsTheServiceAtOnce() {
        Api.Filed filed = fileConsentedCase("Quyền Thị Rút Đồng Ý Demo");
        long referral = sendReferral(filed);
        assertEquals(1L, waiting(filed), "a referral waits for the service's answer");

        Api.Answer withdrawn = coordinator.post("/api/v1/incidents/" + filed.id() + "/rights/consent-withdrawals",
                Map.of("kind", "REFERRAL", "requestedBy", "GUARDIAN"));

        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertEquals(1, ((Number) withdrawn.json().get("referralsWithdrawn")).intValue());
        assertAll(
                () -> assertEquals("WITHDRAWN", Db.string(app, "SELECT status FROM referral WHERE id = ?", referral)),
                () -> assertEquals(0L, Db.number(app, "SELECT consent_referral + 0 FROM incident WHERE id = ?", filed.id())),
                () -> assertEquals(0L, waiting(filed), "nothing waits any more on the home pages"),
                () -> assertEquals(1L, Db.number(app, "SELECT COUNT(*) FROM notification n JOIN user_account a "
                        + "ON a.id = n.recipient_id WHERE a.username = 'service' AND n.kind = 'REFERRAL_WITHDRAWN' "
                        + "AND n.case_code = ?", filed.caseCode()), "the service is told"),
                () -> assertEquals(1L, audits(filed.caseCode(), "CONSENT_WITHDRAWN")),
                () -> assertEquals(1L, audits(filed.caseCode(), "REFERRAL_WITHDRAWN")),
                () -> assertEquals("REFERRAL withdrawn at the request of GUARDIAN", Db.string(app,
                        "SELECT detail FROM audit_event WHERE case_code = ? AND action = 'CONSENT_WITHDRAWN'",
                        filed.caseCode())));
        Api.Answer service = Api.as(app, DemoAccount.SERVICE).get("/api/v1/referrals/" + referral);
        assertEquals("WITHDRAWN", service.json().get("status"), "the service sees it withdrawn: " + service);
        Api.Answer again = coordinator.post("/api/v1/incidents/" + filed.id() + "/referrals", Map.of(
                "serviceOrganisationId", Db.organisationId(app, "SAFE_HOUSE"), "basis", "CONSENT", "needs", "Nơi ở."));
        assertEquals(422, again.status(), "no new referral on consent: " + again);
    }

    @Test
    void withdrawingConsentToStatisticsAndToSharingContactTakesEffectAtOnce() {
        Api.Filed filed = fileConsentedCase("Quyền Thị Thống Kê Demo");
        long referral = sendReferral(filed);
        assertEquals(200, Api.as(app, DemoAccount.SERVICE).get("/api/v1/referrals/" + referral + "/contact").status());

        coordinator.post("/api/v1/incidents/" + filed.id() + "/rights/consent-withdrawals",
                Map.of("kind", "SHARE_CONTACT", "requestedBy", "SURVIVOR"));
        coordinator.post("/api/v1/incidents/" + filed.id() + "/rights/consent-withdrawals",
                Map.of("kind", "STATISTICS", "requestedBy", "SURVIVOR"));

        assertEquals(422, Api.as(app, DemoAccount.SERVICE).get("/api/v1/referrals/" + referral + "/contact").status(),
                "contact details no longer shared");
        assertEquals(0L, Db.number(app, "SELECT consent_statistics + 0 FROM incident WHERE id = ?", filed.id()),
                "out of the anonymous statistics, which count consenting cases only");
        assertEquals(2L, audits(filed.caseCode(), "CONSENT_WITHDRAWN"));
        Api.Answer twice = coordinator.post("/api/v1/incidents/" + filed.id() + "/rights/consent-withdrawals",
                Map.of("kind", "STATISTICS", "requestedBy", "SURVIVOR"));
        assertEquals(422, twice.status(), "nothing left to withdraw");
    }

    @Test
    void aTeacherCannotExerciseRightsAndTheRefusalIsAudited() {
        Api.Filed filed = fileConsentedCase("Quyền Thị Giáo Viên Demo");
        Api.Answer refused = Api.as(app, DemoAccount.STAFF2).post("/api/v1/incidents/" + filed.id()
                + "/rights/consent-withdrawals", Map.of("kind", "STATISTICS", "requestedBy", "SURVIVOR"));
        assertTrue(refused.status() == 403 || refused.status() == 404, refused::toString);
        assertEquals(1L, Db.number(app, "SELECT consent_statistics + 0 FROM incident WHERE id = ?", filed.id()));
    }

    @Test
    void correctingTheNameKeepsTheOldValueAsHistoryAndTheNewNameIsFoundBySearch() {
        Api.Filed filed = fileConsentedCase("Quyền Thị Tên Sai Demo");

        Api.Answer corrected = coordinator.post("/api/v1/incidents/" + filed.id() + "/rights/identity-corrections",
                Map.of("field", "FULL_NAME", "value", "Quyền Thị Tên Đúng Demo", "requestedBy", "GUARDIAN"));

        assertEquals(204, corrected.status(), corrected::toString);
        Api.Answer identity = coordinator.get("/api/v1/incidents/" + filed.id() + "/identity?purpose=CORRECTION");
        assertEquals("Quyền Thị Tên Đúng Demo", identity.json().get("fullName"));
        String search = coordinator.post("/api/v1/incidents/search",
                Map.of("filter", Map.of("survivorName", "quyen thi ten dung"), "size", 200)).body();
        assertTrue(search.contains(filed.caseCode()), "found by the corrected name");
        String stored = Db.string(app, "SELECT old_value_enc FROM identity_correction WHERE incident_id = ?", filed.id());
        assertTrue(stored.startsWith("v1:") && !stored.contains("Sai"), "old value kept, encrypted: " + stored);
        assertEquals("FULL_NAME corrected at the request of GUARDIAN", Db.string(app, "SELECT detail FROM audit_event "
                + "WHERE case_code = ? AND action = 'IDENTITY_CORRECTED'", filed.caseCode()));
        Api.Answer history = coordinator.get("/api/v1/incidents/" + filed.id() + "/rights");
        assertTrue(history.body().contains("FULL_NAME") && !history.body().contains("Tên Sai"), history.body());
        Api.Answer badDate = coordinator.post("/api/v1/incidents/" + filed.id() + "/rights/identity-corrections",
                Map.of("field", "BIRTH_DATE", "value", "31/02/2012", "requestedBy", "GUARDIAN"));
        assertEquals(422, badDate.status(), "an impossible date is refused: " + badDate);
    }

    @Test
    void theCoordinatorIssuesADataCopyPdfWithIdentityReferralsAndWhoViewedIt() throws IOException {
        Api.Filed filed = fileConsentedCase("Quyền Thị Bản Sao Demo");
        sendReferral(filed);
        coordinator.get("/api/v1/incidents/" + filed.id() + "/identity?purpose=SURVIVOR_REQUEST");

        HttpResponse<byte[]> pdf = postForBytes(Sessions.of(app, DemoAccount.COORDINATOR),
                "/api/v1/incidents/" + filed.id() + "/rights/data-copy");

        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        String text = textOf(pdf.body());
        assertAll(
                () -> assertTrue(text.contains("Quyền Thị Bản Sao Demo"), "identity"),
                () -> assertTrue(text.contains(filed.caseCode()), "case code"),
                () -> assertTrue(text.contains("Trung tâm Công tác xã hội Demo"), "referral"),
                () -> assertTrue(text.contains("coordinator"), "who viewed it"),
                () -> assertTrue(text.contains("Xem thông tin định danh"), "identity views listed"));
        assertEquals(1L, audits(filed.caseCode(), "DATA_COPY_ISSUED"));
        HttpResponse<byte[]> teacher = postForBytes(Sessions.of(app, DemoAccount.PRINCIPAL1),
                "/api/v1/incidents/" + filed.id() + "/rights/data-copy");
        assertEquals(403, teacher.statusCode(), "the focal point does not hand out copies");
    }

    @Test
    void aClosedCasePastItsRetentionIsAnonymisedUnlessHeldAndCountsRemain() throws java.sql.SQLException {
        Api.Filed kept = fileConsentedCase("Quyền Thị Giữ Lại Demo");
        Api.Filed erased = fileConsentedCase("Quyền Thị Hết Hạn Demo");
        coordinator.post("/api/v1/incidents/" + erased.id() + "/coordination-entries", Map.of("agency", "POLICE",
                "actionTaken", "Đã làm việc với gia đình em Hết Hạn."));
        for (Api.Filed filed : List.of(kept, erased)) {
            Db.update(app, "UPDATE incident SET status = 'CLOSED', close_reason = 'RESOLVED', closed_at = ? "
                    + "WHERE id = ?", java.sql.Timestamp.from(Instant.now().minus(6 * 366, ChronoUnit.DAYS)), filed.id());
        }
        // Closed by SQL, past the service that keeps the statistics' monthly counts: count the district again.
        try (java.sql.Connection db = app.connect()) {
            MonthlyCounts.recount(db, Db.number(app, "SELECT district_id FROM incident WHERE id = ?", kept.id()));
        }
        Api.Answer held = coordinator.post("/api/v1/incidents/" + kept.id() + "/rights/retention-hold",
                Map.of("reason", "Đang tố tụng tại tòa án huyện"));
        assertEquals(204, held.status(), held::toString);
        assertTrue(coordinator.get("/api/v1/privacy/retention").body().contains(kept.caseCode()), "listed as held");

        WebClient page = Sessions.of(app, DemoAccount.COORDINATOR);
        WebClient.Page retention = page.open("/district/retention.xhtml");
        assertEquals(200, retention.status());
        page.follow(page.submit(retention, "retentionForm", "retentionForm:runNow", Map.of()));

        assertAll(
                () -> assertNull(Db.string(app, "SELECT survivor_name_enc FROM incident WHERE id = ?", erased.id())),
                () -> assertNull(Db.string(app, "SELECT guardian_phone_enc FROM incident WHERE id = ?", erased.id())),
                () -> assertEquals(0L, Db.number(app, "SELECT COUNT(*) FROM survivor_name_word WHERE incident_id = ?",
                        erased.id())),
                () -> assertEquals("PHYSICAL_ASSAULT", Db.string(app, "SELECT gbv_type FROM incident WHERE id = ?",
                        erased.id()), "the facts counted in statistics remain"),
                () -> assertEquals(1L, audits(erased.caseCode(), "CASE_ANONYMISED")),
                () -> assertTrue(Db.string(app, "SELECT survivor_name_enc FROM incident WHERE id = ?", kept.id())
                        .startsWith("v1:"), "a held case keeps its identity"),
                () -> assertEquals(1L, audits(kept.caseCode(), "RETENTION_HELD")),
                () -> assertEquals(0L, audits(kept.caseCode(), "CASE_ANONYMISED")));
        String action = Db.string(app, "SELECT action_taken FROM coordination_entry WHERE incident_id = ?", erased.id());
        assertTrue(action.startsWith("v1:"), "still encrypted");
        assertEquals(422, postForBytes(Sessions.of(app, DemoAccount.COORDINATOR), "/api/v1/incidents/" + erased.id()
                + "/rights/data-copy").statusCode(), "no copy of an anonymised case");
    }

    @Test
    void theAdministratorKeepsTheBreachRegisterWithTheSeventyTwoHourDeadline() {
        Api admin = Api.as(app, DemoAccount.ADMIN);
        Instant discovered = Instant.now().minus(80, ChronoUnit.HOURS);

        Api.Answer recorded = admin.post("/api/v1/privacy/breaches", Map.of("discoveredAt", discovered.toString(),
                "description", "Máy tính của trường bị nhiễm mã độc; nghi lộ danh sách tài khoản.",
                "dataAffected", "ACCOUNTS", "peopleAffected", 12));
        assertEquals(201, recorded.status(), recorded::toString);
        long id = ((Number) recorded.json().get("id")).longValue();
        Api.Answer notified = admin.post("/api/v1/privacy/breaches/" + id + "/notifications", Map.of(
                "recipient", "AUTHORITY", "recipientName", "Cục A05 – Bộ Công an (Demo)", "channel", "ONLINE_PORTAL",
                "notifiedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                "content", "Thông báo sự cố theo mẫu."));
        assertEquals(204, notified.status(), notified::toString);

        String register = admin.get("/api/v1/privacy/breaches").body();
        assertTrue(register.contains("\"overdue\":true"), "notified after 72 hours: " + register);
        assertTrue(Db.string(app, "SELECT description_enc FROM breach_record WHERE id = ?", id).startsWith("v1:"));
        assertEquals(1L, Db.number(app, "SELECT COUNT(*) FROM audit_event WHERE action = 'BREACH_RECORDED' "
                + "AND target_id = ?", String.valueOf(id)));
        assertTrue(Db.string(app, "SELECT detail FROM audit_event WHERE action = 'BREACH_NOTIFIED' AND target_id = ?",
                String.valueOf(id)).contains("after the 72-hour deadline"));
        assertEquals(403, coordinator.get("/api/v1/privacy/breaches").status(), "the coordinator has no access");
        assertEquals(200, Sessions.of(app, DemoAccount.ADMIN).open("/admin/breaches.xhtml").status());
    }

    private static HttpResponse<byte[]> postForBytes(WebClient client, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url(path)))
                    .header("Cookie", WebClient.SESSION_COOKIE + "=" + client.cookie(WebClient.SESSION_COOKIE).orElseThrow())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String textOf(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            // Table cells wrap long names over lines: compare with single spaces.
            return java.text.Normalizer.normalize(text.toString(), java.text.Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        }
    }
}
