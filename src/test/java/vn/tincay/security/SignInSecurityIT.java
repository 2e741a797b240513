package vn.tincay.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/** Sign-in refusals that give nothing away, lockout, the audit trail of sign-ins, and the session cookie. */
@ExtendWith(TinCayServer.class)
class SignInSecurityIT {

    private static final String WRONG_PASSWORD = "Not-The-Password-1";

    private static RunningApp app;

    @BeforeAll
    static void remember(RunningApp runningApp) {
        app = runningApp;
    }

    /** Tries to sign in and returns the page the browser would show next. */
    private static Page attemptSignIn(String username, String password) {
        WebClient client = new WebClient(app);
        return client.follow(client.signIn(username, password));
    }

    @Test
    void aWrongPasswordShowsTheSameMessageAsAnUnknownUser() {
        String username = TestAccount.in(app).named("wrongpw").create();

        Page wrongPassword = attemptSignIn(username, WRONG_PASSWORD);
        Page unknownUser = attemptSignIn("nobody-" + username, WRONG_PASSWORD);

        assertEquals("/login.xhtml", wrongPassword.path());
        assertEquals("/login.xhtml", unknownUser.path());
        assertFalse(wrongPassword.messages().isBlank(), "a message is shown");
        assertEquals(unknownUser.messages(), wrongPassword.messages());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoEvenTheRightPasswordFailsWithTheSameMessage() {
        String username = TestAccount.in(app).named("lockout").create();
        String refusal = attemptSignIn("nobody-" + username, WRONG_PASSWORD).messages();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(refusal, attemptSignIn(username, WRONG_PASSWORD).messages(), "attempt " + attempt);
        }
        Page rightPasswordWhileLocked = attemptSignIn(username, DemoAccount.PASSWORD);

        assertEquals("/login.xhtml", rightPasswordWhileLocked.path());
        assertEquals(refusal, rightPasswordWhileLocked.messages());
        assertNotNull(TestAccount.column(app, username, "locked_until"), "locked_until is set");
    }

    @Test
    void fewerThanFiveWrongPasswordsDoNotLockTheAccount() {
        String username = TestAccount.in(app).named("fourwrong").create();
        for (int attempt = 1; attempt <= 4; attempt++) {
            attemptSignIn(username, WRONG_PASSWORD);
        }

        Page rightPassword = attemptSignIn(username, DemoAccount.PASSWORD);

        assertEquals("/school/index.xhtml", rightPassword.path(), rightPassword.messages());
        assertEquals("0", TestAccount.column(app, username, "failed_sign_ins"), "success resets the count");
    }

    @Test
    void signInsFailuresAndTheLockAreAuditedWithActorUtcTimeAndAddress() throws SQLException {
        String username = TestAccount.in(app).named("audited").create();
        LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(5);

        assertEquals("/school/index.xhtml", attemptSignIn(username, DemoAccount.PASSWORD).path());
        for (int attempt = 1; attempt <= 5; attempt++) {
            attemptSignIn(username, WRONG_PASSWORD);
        }
        LocalDateTime after = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(5);

        List<AuditRow> rows = auditRowsOf(username);
        List<String> actions = rows.stream().map(AuditRow::action).toList();
        assertEquals(List.of("SIGN_IN", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "ACCOUNT_LOCKED"), actions);
        assertAll(rows.stream().map(row -> () -> assertAll(
                () -> assertEquals("SCHOOL_STAFF", row.actorRole(), "role of " + row),
                () -> assertEquals("127.0.0.1", row.ip(), "address of " + row),
                () -> assertTrue(!row.occurredAt().isBefore(before) && !row.occurredAt().isAfter(after),
                        "UTC time of " + row + " between " + before + " and " + after))));
    }

    @Test
    void signInAttemptsForUnknownUsersAreAuditedToo() throws SQLException {
        String unknown = TestAccount.uniqueName("ghost");

        attemptSignIn(unknown, WRONG_PASSWORD);

        List<AuditRow> rows = auditRowsOf(unknown);
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("SIGN_IN_FAILED", rows.get(0).action());
        assertEquals("127.0.0.1", rows.get(0).ip());
    }

    @Test
    void aSignInsAuditRowIsSealedIntoTheChainWithinSecondsAndTheChainHasNoGaps() throws Exception {
        String nobody = TestAccount.uniqueName("nobody");
        attemptSignIn(nobody, WRONG_PASSWORD);

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (sealedPlaceOf(nobody) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(sealedPlaceOf(nobody) > 0, "the failed sign-in's row was sealed");
        try (Connection db = app.connect();
             PreparedStatement select = db.prepareStatement(
                     "SELECT seq, row_mac, chain_mac FROM audit_event WHERE seq IS NOT NULL ORDER BY seq");
             ResultSet row = select.executeQuery()) {
            long expected = 1;
            while (row.next()) {
                assertEquals(expected++, row.getLong("seq"), "no gaps in the chain");
                assertEquals(64, row.getString("row_mac").length());
                assertEquals(64, row.getString("chain_mac").length());
            }
            assertTrue(expected > 1, "there are sealed audit rows");
        }
    }

    private static long sealedPlaceOf(String actor) throws SQLException {
        try (Connection db = app.connect();
             PreparedStatement select = db.prepareStatement("SELECT seq FROM audit_event WHERE actor = ?")) {
            select.setString(1, actor);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong("seq") : 0;
            }
        }
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        WebClient client = new WebClient(app);
        client.open("/login.xhtml");
        String before = client.cookie(WebClient.SESSION_COOKIE).orElseThrow();

        client.signedIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD);

        String after = client.cookie(WebClient.SESSION_COOKIE).orElseThrow();
        assertNotEquals(before, after);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        HttpResponse<String> signIn = new WebClient(app).signIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD);
        assertEquals(302, signIn.statusCode(), "signed in");

        String sessionCookie = signIn.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(WebClient.SESSION_COOKIE + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no new session cookie at sign-in"));
        List<String> attributes = new ArrayList<>();
        for (String part : sessionCookie.split(";")) {
            attributes.add(part.trim().toLowerCase(Locale.ROOT));
        }
        assertTrue(attributes.contains("httponly"), sessionCookie);
        assertTrue(attributes.contains("samesite=strict"), sessionCookie);
    }

    @Test
    void signingOutEndsTheSessionSoTheOldCookieOpensNothing() {
        WebClient client = new WebClient(app).signedIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD);
        String session = client.cookie(WebClient.SESSION_COOKIE).orElseThrow();
        assertEquals(200, client.get("/school/index.xhtml").statusCode(), "signed in");

        HttpResponse<String> signOut = client.signOut("/school/index.xhtml");

        assertEquals(302, signOut.statusCode());
        assertTrue(signOut.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        WebClient replay = new WebClient(app);
        replay.setCookie(WebClient.SESSION_COOKIE, session);
        HttpResponse<String> withOldCookie = replay.get("/school/index.xhtml");
        assertEquals(302, withOldCookie.statusCode());
        assertEquals(app.url("/login.xhtml"), withOldCookie.headers().firstValue("Location").orElse(""));
    }

    private record AuditRow(long id, LocalDateTime occurredAt, String actor, String actorRole, String action,
                            String ip) {
    }

    private static List<AuditRow> auditRowsOf(String actor) throws SQLException {
        List<AuditRow> rows = new ArrayList<>();
        try (Connection db = app.connect();
             PreparedStatement select = db.prepareStatement(
                     "SELECT id, occurred_at, actor, actor_role, action, ip FROM audit_event WHERE actor = ? ORDER BY id")) {
            select.setString(1, actor);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new AuditRow(row.getLong("id"), row.getObject("occurred_at", LocalDateTime.class),
                            row.getString("actor"), row.getString("actor_role"), row.getString("action"),
                            row.getString("ip")));
                }
            }
        }
        return rows;
    }
}
