package vn.tincay.incident.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.WebClient;

/**
 * The JSON API under /api/v1 as a signed-in user calls it: with the session cookie of a
 * {@link WebClient} that signed in at /login.xhtml. Also fetches binary downloads.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final RunningApp app;
    private final String session;

    private Api(RunningApp app, String session) {
        this.app = app;
        this.session = session;
    }

    /** The API with the session of this signed-in client. */
    public static Api of(RunningApp app, WebClient client) {
        return new Api(app, client.cookie(WebClient.SESSION_COOKIE)
                .orElseThrow(() -> new AssertionError("the client has no session")));
    }

    /** The API with a session id taken elsewhere (a browser's cookie). */
    public static Api withSession(RunningApp app, String sessionId) {
        return new Api(app, sessionId);
    }

    /** The API as a demo account, with its shared session. */
    public static Api as(RunningApp app, DemoAccount account) {
        return of(app, Sessions.of(app, account));
    }

    /** The API without any session. */
    public static Api anonymous(RunningApp app) {
        return new Api(app, null);
    }

    /** An answer of the API: status, body and headers. */
    public record Answer(int status, String body, HttpHeaders headers) {

        public Map<String, Object> json() {
            return Json.object(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** A saved report: its id and case code. */
    public record Filed(long id, String caseCode) {
    }

    public Answer get(String path) {
        return send(request(path).GET().header("Accept", "application/json").build());
    }

    /** POSTs a JSON body: a string as it is, anything else written by {@link Json#write}. */
    public Answer post(String path, Object body) {
        String json = body instanceof String s ? s : Json.write(body);
        return send(request(path).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** A GET whose body is kept as bytes (downloads). */
    public HttpResponse<byte[]> download(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Files a report (saying duplicates were reviewed) and fails the test unless it is saved as a new case. */
    public Filed file(Report report) {
        Answer answer = post("/api/v1/incidents?duplicatesReviewed=true", report.json());
        assertEquals(201, answer.status(), () -> "filing " + report.json() + " answered " + answer);
        Map<String, Object> filed = answer.json();
        return new Filed(((Number) filed.get("id")).longValue(), (String) filed.get("caseCode"));
    }

    /** GET /api/v1/incidents/{id}, which must answer 200. */
    public Map<String, Object> detail(long id) {
        Answer answer = get("/api/v1/incidents/" + id);
        assertEquals(200, answer.status(), () -> "case " + id + ": " + answer);
        return answer.json();
    }

    /** The case codes of the first page of the caller's list. */
    @SuppressWarnings("unchecked")
    public List<String> caseCodes(String query) {
        Answer answer = get("/api/v1/incidents?size=200" + (query.isEmpty() ? "" : "&" + query));
        assertEquals(200, answer.status(), answer::toString);
        return ((List<Map<String, Object>>) answer.json().get("rows")).stream()
                .map(row -> (String) row.get("caseCode")).toList();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(60));
        if (session != null) {
            builder.header("Cookie", WebClient.SESSION_COOKIE + "=" + session);
        }
        return builder;
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
