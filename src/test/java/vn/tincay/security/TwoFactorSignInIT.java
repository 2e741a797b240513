package vn.tincay.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Db;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.SecondFactor;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/**
 * Two-factor sign-in on MariaDB: the roles that see case content cannot sign in with the password
 * alone, a code is accepted once, wrong codes lock like wrong passwords, recovery codes work once,
 * and the administrator's reset is audited and sends the user back to set it up.
 */
@ExtendWith(TinCayServer.class)
class TwoFactorSignInIT {

    private static final String WRONG_CODE_PASSWORD_SAFE = "000000";

    private static RunningApp app;

    @BeforeAll
    static void remember(RunningApp runningApp) {
        app = runningApp;
    }

    private static String coordinatorCopy(String prefix) {
        return TestAccount.in(app).likeDemoAccount(DemoAccount.COORDINATOR).named(prefix).create();
    }

    private static String secret(String username) {
        return SecondFactor.secretOf(username).orElseThrow();
    }

    private static List<Map<String, Object>> audit(String username, String action) {
        return Db.rows(app, "SELECT action, detail, ip FROM audit_event WHERE actor = ? AND action = ? ORDER BY id",
                username, action);
    }

    /** A code that is surely not the account's current one, nor of a step either side. */
    private static String wrongCode(String secret) {
        long step = SecondFactor.currentStep();
        for (int candidate = 0; candidate < 1000; candidate++) {
            String code = String.format("%06d", candidate * 7919 % 1_000_000);
            boolean valid = false;
            for (long s = step - 2; s <= step + 2; s++) {
                valid |= SecondFactor.codeAt(secret, s).equals(code);
            }
            if (!valid) {
                return code;
            }
        }
        return WRONG_CODE_PASSWORD_SAFE;
    }

    @Test
    void aCoordinatorsPasswordAloneLeadsOnlyToTheCodePageAndNoPageOpens() {
        String username = coordinatorCopy("tfa-pw");
        WebClient client = new WebClient(app);

        HttpResponse<String> answer = client.signInWithPasswordOnly(username, DemoAccount.PASSWORD);

        assertTrue(WebClient.asksForCode(answer), "asks for the code: " + answer.headers().map());
        assertEquals(302, client.get("/district/index.xhtml").statusCode(), "still sent to sign in");
        assertEquals(401, client.get("/api/v1/incidents").statusCode(), "the API does not answer either");
        assertTrue(audit(username, "SIGN_IN").isEmpty(), "not signed in yet");
    }

    @Test
    void aCoordinatorSignsInWithACodeFromTheSecretAndTheSignInIsAuditedAsTwoFactor() {
        String username = coordinatorCopy("tfa-ok");
        WebClient client = new WebClient(app);

        HttpResponse<String> answer = client.signIn(username, DemoAccount.PASSWORD);

        assertEquals("/home.xhtml", java.net.URI.create(answer.headers().firstValue("Location").orElse("/x"))
                .getPath());
        assertEquals("/district/index.xhtml", client.open("/home.xhtml").path());
        List<Map<String, Object>> signIns = audit(username, "SIGN_IN");
        assertEquals(1, signIns.size());
        assertEquals("second factor: app", signIns.get(0).get("detail"));
        assertNotNull(signIns.get(0).get("ip"));
    }

    @Test
    void aCodeIsAcceptedOnlyOnceEvenInItsOwnTimeWindow() {
        String username = coordinatorCopy("tfa-replay");
        String code = SecondFactor.codeAt(secret(username), SecondFactor.currentStep() + 1);
        SecondFactor.used(app, username, SecondFactor.currentStep() + 1);

        WebClient first = new WebClient(app);
        assertTrue(WebClient.asksForCode(first.signInWithPasswordOnly(username, DemoAccount.PASSWORD)));
        HttpResponse<String> accepted = first.submitCode(code);
        WebClient second = new WebClient(app);
        assertTrue(WebClient.asksForCode(second.signInWithPasswordOnly(username, DemoAccount.PASSWORD)));
        Page replayed = second.follow(second.submitCode(code));

        assertEquals(302, accepted.statusCode(), "first use signs in");
        assertEquals("/login-code.xhtml", replayed.path(), "the same code again is refused");
        assertFalse(replayed.messages().isBlank(), "with a message");
        assertEquals("wrong-code", audit(username, "SIGN_IN_FAILED").get(0).get("detail"));
    }

    @Test
    void fiveWrongCodesLockTheAccountLikeWrongPasswords() {
        String username = coordinatorCopy("tfa-lock");
        String wrong = wrongCode(secret(username));
        WebClient client = new WebClient(app);
        client.signInWithPasswordOnly(username, DemoAccount.PASSWORD);
        for (int attempt = 1; attempt < 5; attempt++) {
            assertEquals("/login-code.xhtml", client.follow(client.submitCode(wrong)).path(), "attempt " + attempt);
        }
        Page fifth = client.follow(client.submitCode(wrong));

        assertEquals("/login.xhtml", fifth.path(), "back to the start once locked");
        assertEquals(1, audit(username, "ACCOUNT_LOCKED").size());
        assertEquals(5, audit(username, "SIGN_IN_FAILED").size());
        HttpResponse<String> rightCodeWhileLocked = new WebClient(app).signIn(username, DemoAccount.PASSWORD);
        assertFalse(WebClient.isRedirect(rightCodeWhileLocked) && rightCodeWhileLocked.headers()
                .firstValue("Location").orElse("").endsWith("/home.xhtml"), "locked, even with the right code");
    }

    @Test
    void schoolStaffStillSignInWithThePasswordAlone() {
        WebClient client = new WebClient(app);
        HttpResponse<String> answer = client.signInWithPasswordOnly(DemoAccount.STAFF2.username(), DemoAccount.PASSWORD);
        assertFalse(WebClient.asksForCode(answer));
        assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/home.xhtml"));
    }

    @Test
    void aFocalPointWithoutSecondFactorMustSetItUpFirstThenRecoveryCodesWorkOnce() {
        String username = TestAccount.in(app).likeDemoAccount(DemoAccount.PRINCIPAL1).named("tfa-enrol").create();
        Db.update(app, "UPDATE user_account SET totp_secret_enc = NULL, totp_enrolled_at = NULL WHERE username = ?",
                username);
        WebClient client = new WebClient(app);
        HttpResponse<String> signIn = client.signInWithPasswordOnly(username, DemoAccount.PASSWORD);
        assertFalse(WebClient.asksForCode(signIn), "nothing to ask yet");

        Page forced = client.open("/incident/list.xhtml");
        assertEquals("/account/two-factor.xhtml", forced.path(), "every page leads to the set-up");
        assertEquals(403, client.get("/api/v1/incidents").statusCode(), "the API refuses");
        Element key = forced.document().getElementById("typedKey");
        assertNotNull(key, "the typed key is shown");
        assertNotNull(forced.document().getElementById("qrCode"), "the QR code is shown");
        String newSecret = key.text().replace(" ", "");
        long step = SecondFactor.currentStep();
        Page codes = client.follow(client.submit(forced, "enrolForm", "enrolForm:confirm",
                Map.of("enrolForm:code", SecondFactor.codeAt(newSecret, step))));
        SecondFactor.register(username, newSecret);
        SecondFactor.used(app, username, step);

        List<String> recovery = codes.document().select("#recoveryCodes code").eachText();
        assertEquals(10, recovery.size(), codes.messages());
        assertEquals(1, audit(username, "SECOND_FACTOR_ENROLLED").size());
        assertEquals(10L, Db.number(app, "SELECT COUNT(*) FROM recovery_code r JOIN user_account a "
                + "ON a.id = r.account_id WHERE a.username = ?", username));
        String stored = Db.string(app, "SELECT totp_secret_enc FROM user_account WHERE username = ?", username);
        assertAll(
                () -> assertTrue(stored.startsWith("v1:"), "secret stored encrypted"),
                () -> assertFalse(stored.contains(newSecret)),
                () -> assertEquals(0L, Db.number(app, "SELECT COUNT(*) FROM recovery_code WHERE code_hash LIKE ? "
                        + "OR salt LIKE ?", "%" + recovery.get(0) + "%", "%" + recovery.get(0) + "%")));

        WebClient withRecovery = new WebClient(app);
        assertTrue(WebClient.asksForCode(withRecovery.signInWithPasswordOnly(username, DemoAccount.PASSWORD)));
        HttpResponse<String> recovered = withRecovery.submitCode(recovery.get(3));
        assertTrue(recovered.headers().firstValue("Location").orElse("").endsWith("/home.xhtml"), "recovery code works");
        assertEquals("9 left", audit(username, "RECOVERY_CODE_USED").get(0).get("detail"));

        WebClient again = new WebClient(app);
        again.signInWithPasswordOnly(username, DemoAccount.PASSWORD);
        assertEquals("/login-code.xhtml", again.follow(again.submitCode(recovery.get(3))).path(), "but only once");
    }

    @Test
    void theAdministratorResetsASecondFactorWhichIsAuditedAndEndsTheUsersSessions() {
        String username = coordinatorCopy("tfa-reset");
        WebClient user = new WebClient(app).signedIn(username, DemoAccount.PASSWORD);
        assertEquals(200, user.get("/district/index.xhtml").statusCode());
        WebClient admin = new WebClient(app).signedIn(DemoAccount.ADMIN.username(), DemoAccount.PASSWORD);
        long id = Db.accountId(app, username);

        Page page = admin.open("/admin/user.xhtml?id=" + id);
        admin.follow(admin.submit(page, "secondFactorForm", "secondFactorForm:resetSecondFactor", Map.of()));

        List<Map<String, Object>> resets = Db.rows(app, "SELECT actor, target_id FROM audit_event "
                + "WHERE action = 'SECOND_FACTOR_RESET' AND target_id = ?", username);
        assertEquals(1, resets.size());
        assertEquals("admin", resets.get(0).get("actor"));
        assertNull(Db.string(app, "SELECT totp_secret_enc FROM user_account WHERE username = ?", username));
        assertEquals(302, user.get("/district/index.xhtml").statusCode(), "the user's session was ended");
        WebClient next = new WebClient(app);
        assertFalse(WebClient.asksForCode(next.signInWithPasswordOnly(username, DemoAccount.PASSWORD)));
        assertEquals("/account/two-factor.xhtml", next.open("/district/index.xhtml").path(), "must set it up again");
    }

    @Test
    void fortyPeopleSigningInWithCodesAtOnceAllGetInAndLeaveNoTicketBehind() throws Exception {
        List<String> people = java.util.stream.IntStream.range(0, 40).mapToObj(i -> coordinatorCopy("tfa-crowd")).toList();

        List<Integer> pagesOpened = vn.tincay.it.Parallel.run(people.size(), 8, i -> {
            WebClient client = new WebClient(app).signedIn(people.get(i), DemoAccount.PASSWORD);
            return client.get("/district/index.xhtml").statusCode();
        });

        assertEquals(java.util.Collections.nCopies(people.size(), 200), pagesOpened);
        for (String username : people) {
            assertEquals(1, audit(username, "SIGN_IN").size(), "one audited sign-in of " + username);
            assertEquals(0L, Db.number(app, "SELECT COUNT(*) FROM sign_in_ticket WHERE username = ?", username),
                    "the ticket of " + username + " was taken");
        }
        people.forEach(username -> TestAccount.disable(app, username));
    }
}
