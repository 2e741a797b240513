package vn.tincay.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.Report;
import vn.tincay.incident.it.Texts;
import vn.tincay.it.DatabaseProxy;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.PayaraMicroProcess;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestDatabase;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/**
 * The database goes away under a running application and comes back: pages and the API say so in
 * the user's language within seconds, a form sent meanwhile comes back with what was typed, health
 * is DOWN while it lasts, and afterwards everything works again without a restart. A database user
 * that may only read is found at start-up. The database is taken away through a relay, so the
 * MariaDB of the other tests is never touched.
 */
class DatabaseOutageIT {

    private static final Duration SAYS_SO_WITHIN = Duration.ofSeconds(10);

    private static TestDatabase database;
    private static DatabaseProxy proxy;
    private static RunningApp app;

    @BeforeAll
    static void startBehindARelay() {
        database = TestDatabase.create();
        proxy = DatabaseProxy.toTestServer();
        Map<String, String> environment = new HashMap<>(PayaraMicroProcess.mySqlEnvironment(
                proxy.jdbcUrl(database.name()), database.user(), database.password()));
        app = TinCayServer.startSeparately(environment, "it-server-outage.log");
    }

    @AfterAll
    static void stop() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            proxy.close();
            database.close();
        }
    }

    @Test
    void whileTheDatabaseIsAwayPagesAndApiSaySoAndAfterItIsBackEverythingWorks() {
        WebClient coordinator = new WebClient(app).signedIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
        Api api = Api.of(app, coordinator);
        assertEquals(200, coordinator.open("/incident/list.xhtml").status());

        proxy.cut();
        try {
            long started = System.nanoTime();
            Page list = coordinator.open("/incident/list.xhtml");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertEquals(503, list.status(), list.document().text());
            assertEquals(Texts.vi("error.503.text"), list.document().getElementById("errorText").text());
            assertTrue(took.compareTo(SAYS_SO_WITHIN) < 0, "said so after " + took);
            Api.Answer answer = api.get("/api/v1/incidents");
            assertEquals(503, answer.status(), answer::toString);
            assertEquals("error.database.unavailable", answer.json().get("error"));
            assertTrue(Integer.parseInt(answer.header("Retry-After")) > 0, answer.headers().map().toString());
            assertEquals(503, coordinator.get("/health/ready").statusCode());
        } finally {
            proxy.restore();
        }

        assertEquals(200, coordinator.open("/incident/list.xhtml").status(), "the page works again");
        assertEquals(200, api.get("/api/v1/incidents").status(), "the API works again");
        assertEquals(200, coordinator.get("/health/ready").statusCode());
    }

    @Test
    void aFormSentWhileTheDatabaseIsAwayComesBackWithWhatWasTypedAndIsSavedWhenSentAgain() {
        Api.Filed filed = Api.of(app, new WebClient(app).signedIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD))
                .file(Report.incident().yes("psychological"));
        WebClient coordinator = new WebClient(app).signedIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
        Page casePage = coordinator.open("/incident/view.xhtml?id=" + filed.id());
        assertEquals(200, casePage.status());
        String typed = "Đã gặp phụ huynh tại trường – hẹn gặp lại thứ Sáu";
        Map<String, String> fields = Map.of("coordinationForm:agency", "FAMILY",
                "coordinationForm:actionTaken", typed);

        HttpResponse<String> sent;
        proxy.cut();
        try {
            sent = coordinator.submit(casePage, "coordinationForm", "coordinationForm:recordEntry", fields);
        } finally {
            proxy.restore();
        }

        assertEquals(200, sent.statusCode(), sent::body);
        Document page = Jsoup.parse(sent.body());
        assertEquals(Texts.vi("error.database.unavailable"), page.getElementById("messages").text());
        assertEquals(typed, page.getElementById("coordinationForm:actionTaken").text(), "what was typed is kept");
        Page shown = new Page(sent, page);
        HttpResponse<String> again = coordinator.submit(shown, "coordinationForm", "coordinationForm:recordEntry", fields);
        assertTrue(again.statusCode() == 200 || again.statusCode() == 302, again::body);
        assertEquals(1, Api.of(app, coordinator).get("/api/v1/incidents/" + filed.id() + "/coordination-entries")
                .body().split("\"agency\"").length - 1, "saved once, when sent again");
    }

    @Test
    void aDatabaseUserThatMayOnlyReadKeepsTheApplicationNotReady() {
        String reader = database.addReadOnlyUser();
        Map<String, String> environment = new HashMap<>(PayaraMicroProcess.mySqlEnvironment(
                database.applicationUrl(), reader, database.password()));
        environment.put("TINCAY_DEMO_DATA", "false");

        try (RunningApp readOnly = TinCayServer.startNotReady(environment, "it-server-read-only.log")) {
            HttpResponse<String> health = new WebClient(readOnly).get("/health/ready");
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("read-only user"), health.body());
            assertTrue(readOnly.logTail(400).contains("may read but not write"), "one clear line in the log");
        }
    }
}
