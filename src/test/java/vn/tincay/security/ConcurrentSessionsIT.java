package vn.tincay.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.Report;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.Parallel;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * Many people signed in at once, as in a district: every request a role may make is answered as it
 * is one at a time – never a false "not allowed" – and one account may sign in from several places
 * at the same moment.
 */
@ExtendWith(TinCayServer.class)
class ConcurrentSessionsIT {

    private static final int SESSIONS = 40;
    private static final int READS = 30;

    private static RunningApp app;
    private static Api.Filed filed;

    @BeforeAll
    static void fileACase(RunningApp runningApp) {
        app = runningApp;
        filed = Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("psychological"));
    }

    @Test
    void fortySessionsReadingCasesInParallelAreNeverRefused() throws Exception {
        List<String> people = new ArrayList<>(TestAccount.colleaguesOf(app, DemoAccount.COORDINATOR, SESSIONS / 2));
        people.addAll(TestAccount.colleaguesOf(app, DemoAccount.PRINCIPAL1, SESSIONS / 2));
        try {
            readInParallel(Parallel.run(SESSIONS, 4,
                    i -> new WebClient(app).signedIn(people.get(i), DemoAccount.PASSWORD)));
        } finally {
            // Their copies of the district's alerts would be counted by other tests.
            people.forEach(username -> TestAccount.disable(app, username));
        }
    }

    private static void readInParallel(List<WebClient> sessions) throws Exception {
        List<String> paths = List.of("/api/v1/incidents", "/api/v1/incidents/" + filed.id(), "/incident/list.xhtml",
                "/incident/view.xhtml?id=" + filed.id());
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());

        Parallel.run(SESSIONS, i -> {
            WebClient session = sessions.get(i);
            for (int read = 0; read < READS; read++) {
                String path = paths.get((i + read) % paths.size());
                HttpResponse<String> answer = path.startsWith("/api/")
                        ? session.get(path, "Accept", "application/json") : session.get(path);
                answers.computeIfAbsent(answer.statusCode(), status -> new AtomicInteger()).incrementAndGet();
                if (answer.statusCode() != 200) {
                    refused.add(answer.statusCode() + " " + path);
                }
            }
            return null;
        });

        assertEquals(List.of(), refused, () -> "answers by status: " + new TreeMap<>(answers));
        assertEquals(SESSIONS * READS, answers.get(200).get());
    }

    @Test
    void tenSimultaneousSignInsOfOneAccountAllSucceed() throws Exception {
        String username = TestAccount.in(app).named("everywhere").create();

        List<HttpResponse<String>> answers = Parallel.run(10, i -> new WebClient(app).signIn(username, DemoAccount.PASSWORD));

        for (HttpResponse<String> answer : answers) {
            assertEquals(302, answer.statusCode(), answer::body);
            assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/home.xhtml"),
                    () -> "signed in and sent home: " + answer.headers().map());
        }
        assertEquals("0", TestAccount.column(app, username, "failed_sign_ins"));
    }

    @Test
    void wrongPasswordsSentAtTheSameMomentAllCountTowardsTheLock() throws Exception {
        String username = TestAccount.in(app).named("guessed").create();

        Parallel.run(UserAccountLimits.MAX_FAILED, i -> new WebClient(app).signIn(username, "Wrong-Password-" + i));

        assertTrue(TestAccount.column(app, username, "locked_until") != null, "locked after "
                + UserAccountLimits.MAX_FAILED + " simultaneous failures");
        HttpResponse<String> rightPassword = new WebClient(app).signIn(username, DemoAccount.PASSWORD);
        assertEquals(200, rightPassword.statusCode(), "the right password is refused while locked");
    }

    /** The sign-in limits as the account rules define them. */
    private static final class UserAccountLimits {
        static final int MAX_FAILED = vn.tincay.account.UserAccount.MAX_FAILED_SIGN_INS;
    }

}
