package vn.tincay.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.Db;
import vn.tincay.incident.it.Json;
import vn.tincay.incident.it.Report;
import vn.tincay.incident.it.Sessions;
import vn.tincay.incident.it.Texts;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/**
 * What a broken, stale or hostile request gets: a clear 4xx in the user's language (JSON on the API),
 * never a server error, and at most one log line without a stack trace.
 */
@ExtendWith(TinCayServer.class)
class ErrorPathsIT {

    private static RunningApp app;

    @BeforeAll
    static void remember(RunningApp runningApp) {
        app = runningApp;
    }

    @Test
    void aFormSentWithoutItsPagesCspNonceIsRefusedWith400AndTheErrorPageRenders() {
        WebClient coordinator = Sessions.fresh(app, DemoAccount.COORDINATOR);
        Page list = coordinator.open("/incident/list.xhtml");
        long logBefore = app.logLength();

        // A postback that renders the page again (no button pressed), as a page kept open would send.
        HttpResponse<String> sent = coordinator.submit(list, "headerForm", "headerForm", Map.of(), false);

        assertEquals(400, sent.statusCode(), sent::body);
        assertEquals(Texts.vi("error.400.text"), Jsoup.parse(sent.body()).getElementById("errorText").text());
        assertNoStackTrace(app.logSince(logBefore));
        assertEquals(200, coordinator.open("/incident/list.xhtml").status(), "still signed in");
    }

    @Test
    void anAjaxClickAfterTheSessionExpiredGoesToSignInAndSigningInReturnsToThePage() {
        WebClient staff = new WebClient(app);
        staff.setCookie(WebClient.SESSION_COOKIE, "expired-session-id");

        HttpResponse<String> click = staff.post("/incident/list.xhtml", "jakarta.faces.partial.ajax=true&x=1",
                Map.of("Faces-Request", "partial/ajax"));

        assertEquals(200, click.statusCode(), click::body);
        assertTrue(click.body().contains("<redirect url=\"/login.xhtml\"/>"), click.body());
        HttpResponse<String> signIn = staff.signIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD);
        assertEquals(302, signIn.statusCode());
        assertTrue(signIn.headers().firstValue("Location").orElse("").endsWith("/incident/list.xhtml"),
                signIn.headers().map()::toString);
    }

    @Test
    void anUploadOverTheLimitSentAroundTheBrowsersCheckGets413InTheUsersLanguage() throws IOException {
        String session = Sessions.of(app, DemoAccount.COORDINATOR).cookie(WebClient.SESSION_COOKIE).orElseThrow();
        String answer = raw("POST /incident/list.xhtml HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Cookie: " + WebClient.SESSION_COOKIE + "=" + session + "\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 12000000\r\n\r\n--x\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains(Texts.vi("error.413.text")), answer);
    }

    @Test
    void anApiBodyOverTheLimitIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        String declared = raw("POST /api/v1/incidents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: 52428800\r\n\r\n{\"narrative\":\"");
        assertTrue(declared.startsWith("HTTP/1.1 413"), declared);
        assertTrue(declared.contains("\"error\":\"api.error.bodyTooLarge\""), declared);

        WebClient staff = Sessions.of(app, DemoAccount.STAFF1);
        byte[] big = ("{\"narrative\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        app.url("/api/v1/incidents?duplicatesReviewed=true")))
                .header("Cookie", WebClient.SESSION_COOKIE + "=" + staff.cookie(WebClient.SESSION_COOKIE).orElseThrow())
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertEquals("api.error.bodyTooLarge", Json.object(chunked.body()).get("error"));
    }

    @Test
    void anIdTooLargeForANumberIsNotFoundOnPagesAndInTheApi() {
        String huge = "99999999999999999999999";

        assertEquals(404, Sessions.of(app, DemoAccount.COORDINATOR).open("/incident/view.xhtml?id=" + huge).status());
        Api.Answer answer = Api.as(app, DemoAccount.COORDINATOR).get("/api/v1/incidents/" + huge);
        assertEquals(404, answer.status(), answer::toString);
        assertEquals("error.notFound", answer.json().get("error"));
    }

    @Test
    void aPathWithANulByteIsRefusedWith400AndLeavesNoStackTrace() throws IOException {
        long logBefore = app.logLength();

        for (String path : List.of("/incident/list.xhtml%00", "/api/v1/incidents/%00", "/%00.xhtml")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 400"), path + ": " + answer);
        }
        assertNoStackTrace(app.logSince(logBefore));
    }

    @Test
    void jsonThatDoesNotFitIsRefusedWith422NamingTheFieldAndNothingIsSaved() {
        Api staff = Api.as(app, DemoAccount.STAFF1);
        long before = Db.number(app, "SELECT COUNT(*) FROM incident");

        for (Object urgent : List.of("\"yes please\"", "\"1\"", "1")) {
            String body = Report.incident().json().replaceFirst("\\{", "{\"urgent\":" + urgent + ",");
            Api.Answer answer = staff.post("/api/v1/incidents?duplicatesReviewed=true", body);
            assertEquals(422, answer.status(), answer::toString);
            assertEquals(List.of(Map.of("field", "urgent", "message", Texts.vi("api.error.json.boolean"))),
                    answer.json().get("fields"), answer::toString);
        }
        Api.Filed filed = staff.file(Report.incident().yes("psychological"));
        Api.Answer listForOne = Api.as(app, DemoAccount.COORDINATOR).post("/api/v1/incidents/" + filed.id()
                + "/coordination-entries", "{\"agency\": [\"POLICE\"], \"actionTaken\": \"Gọi công an xã\"}");
        assertEquals(422, listForOne.status(), listForOne::toString);
        assertTrue(listForOne.body().contains("\"field\":\"agency\""), listForOne.body());
        Api.Answer misspelt = Api.as(app, DemoAccount.COORDINATOR).post("/api/v1/incidents/" + filed.id()
                + "/coordination-entries", "{\"agency\": \"POLICE\", \"actionTaken\": \"Gọi\", \"nextStpe\": \"x\"}");
        assertEquals(422, misspelt.status(), misspelt::toString);
        assertTrue(misspelt.body().contains("\"field\":\"nextStpe\""), misspelt.body());
        assertEquals(before + 1, Db.number(app, "SELECT COUNT(*) FROM incident"), "only the valid report was saved");
        assertEquals(0, Db.number(app, "SELECT COUNT(*) FROM coordination_entry WHERE incident_id = ?", filed.id()));
    }

    @Test
    void aRefusedRoleOnTheApiIsOneLogLineWithoutAStackTrace() {
        long logBefore = app.logLength();

        Api.Answer answer = Api.as(app, DemoAccount.PROVINCE).get("/api/v1/incidents");

        assertEquals(403, answer.status(), answer::toString);
        String logged = app.logSince(logBefore);
        assertNoStackTrace(logged);
        assertEquals(1, logged.lines().filter(line -> line.contains("API refused GET /api/v1/incidents")).count(),
                logged);
    }

    @Test
    void aRecordOutsideTheCallersScopeIsOneLogLineWithoutAStackTrace() {
        Api.Filed filed = Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("denial"));
        long logBefore = app.logLength();

        assertEquals(404, Sessions.of(app, DemoAccount.STAFF2).open("/incident/view.xhtml?id=" + filed.id()).status());
        assertEquals(404, Api.as(app, DemoAccount.STAFF2).get("/api/v1/incidents/" + filed.id()).status());

        String logged = app.logSince(logBefore);
        assertNoStackTrace(logged);
        assertEquals(2, logged.lines().filter(line -> line.contains("refused") && line.contains(" 404")).count(),
                logged);
    }

    private static void assertNoStackTrace(String logged) {
        assertFalse(logged.contains("\tat "), () -> "a stack trace was logged:\n" + logged);
    }

    /** Sends bytes as they are (no client fixes them up) and returns what the server answered. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket(app.baseUrl().getHost(), app.baseUrl().getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            int first = in.read();
            if (first >= 0) {
                answer.write(first);
                // The rest of the answer, until the server closes or goes quiet: it need not close a
                // connection whose body it refused to read.
                socket.setSoTimeout(2_000);
                byte[] buffer = new byte[8192];
                try {
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        answer.write(buffer, 0, n);
                    }
                } catch (java.net.SocketTimeoutException quiet) {
                    // All there is.
                } catch (java.net.SocketException reset) {
                    // Closed while unread body bytes were pending: what arrived is the answer.
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError("no answer to " + request.lines().findFirst().orElse(""), e);
        }
    }
}
