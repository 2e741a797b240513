package vn.tincay.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tincay.it.SecondFactor;
import vn.tincay.security.crypto.DataKeys;

/**
 * How fast the case list answers with many cases. Not a test of its own: it reports numbers and
 * fails only when a request fails. Run it with {@code mvn -B -Pbenchmark verify} (or its
 * {@link #main}); it starts the packaged app on Payara Micro with embedded H2 in a temporary folder
 * (or the database of TINCAY_DB_URL, TINCAY_DB_USER, TINCAY_DB_PASSWORD when set), lets it generate
 * the invented incidents, signs in as the demo coordinator over HTTP and times the list.
 *
 * <p>System properties: bench.incidents (10000), bench.requests (50), bench.warmup (10), bench.keep
 * (keep the temporary folder), tincay.war and tincay.payaraMicro (set by the build).
 */
class CaseListBenchmark {

    static final String PASSWORD = "TinCay-Demo-2026";
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern GENERATED = Pattern.compile("Generated (\\d+) demo incidents in (\\d+) ms");
    private static final Pattern SERVER_TIMING = Pattern.compile("app;dur=([0-9.]+)");

    @Test
    void caseListWithTenThousandIncidents() throws Exception {
        List<String> failures = run();
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    public static void main(String[] args) throws Exception {
        List<String> failures = run();
        if (!failures.isEmpty()) {
            failures.forEach(System.err::println);
            System.exit(1);
        }
    }

    static List<String> run() throws Exception {
        int incidents = Integer.getInteger("bench.incidents", 10_000);
        int requests = Integer.getInteger("bench.requests", 50);
        int warmup = Integer.getInteger("bench.warmup", 10);
        Path build = Path.of(System.getProperty("tincay.buildDir", "target"));
        Path war = Path.of(System.getProperty("tincay.war", build.resolve("tincay.war").toString()));
        Path payara = Path.of(System.getProperty("tincay.payaraMicro", build.resolve("payara-micro.jar").toString()));
        Path folder = Files.createTempDirectory("tincay-bench");
        int port = freePort();
        String base = "http://localhost:" + port;
        StringBuilder report = new StringBuilder();
        List<String> failures = new ArrayList<>();

        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx768m", "-jar", payara.toAbsolutePath().toString(),
                "--deploy", war.toAbsolutePath().toString(), "--contextroot", "/", "--port", Integer.toString(port),
                "--nocluster", "--rootDir", folder.resolve("root").toString())
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("log.txt").toFile());
        Map<String, String> env = builder.environment();
        env.put("TINCAY_DEMO_DATA", "true");
        env.put("TINCAY_DEMO_GENERATE_INCIDENTS", Integer.toString(incidents));
        String database = System.getenv("TINCAY_DB_URL");
        if (database != null && !database.isBlank() && System.getenv("TINCAY_DATA_KEY") == null) {
            env.put("TINCAY_DATA_KEY", DataKeys.generateSetting(new SecureRandom()));
        }
        report.append(String.format(Locale.ROOT, "Case list benchmark: %d incidents, %s, %d cores, %d requests per "
                        + "scenario after %d warm-up%n", incidents, database == null ? "embedded H2" : "TINCAY_DB_URL",
                Runtime.getRuntime().availableProcessors(), requests, warmup));

        long started = System.nanoTime();
        Process app = builder.start();
        try {
            waitUntilReady(app, folder.resolve("log.txt"), Duration.ofMinutes(20));
            long readyMillis = (System.nanoTime() - started) / 1_000_000;
            String log = Files.readString(folder.resolve("log.txt"), StandardCharsets.ISO_8859_1);
            Matcher generated = GENERATED.matcher(log);
            report.append(generated.find()
                    ? String.format(Locale.ROOT, "Generation: %s incidents in %.1f s; start to ready %.1f s%n",
                    generated.group(1), Long.parseLong(generated.group(2)) / 1000.0, readyMillis / 1000.0)
                    : String.format(Locale.ROOT, "No generation (the district had enough incidents); start to ready "
                    + "%.1f s%n", readyMillis / 1000.0));

            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            signIn(http, base, "coordinator");

            Map<String, String> scenarios = new LinkedHashMap<>();
            scenarios.put("first page, newest first", "/api/v1/incidents?page=0&size=25");
            scenarios.put("page 200 (deep paging)", "/api/v1/incidents?page=200&size=25");
            scenarios.put("status=IN_PROGRESS, by incident date asc",
                    "/api/v1/incidents?status=IN_PROGRESS&sort=incidentDate&ascending=true&size=25");
            scenarios.put("type=PHYSICAL_ASSAULT, urgent, by school", "/api/v1/incidents?type=PHYSICAL_ASSAULT"
                    + "&urgent=true&sort=schoolName&ascending=true&size=25");
            scenarios.put("open cases of one year, by case code", "/api/v1/incidents?openOnly=true&from=2025-01-01"
                    + "&to=2025-12-31&sort=caseCode&ascending=true&size=25");
            scenarios.put("overdue next steps", "/api/v1/incidents?overdueOnly=true&size=25");
            scenarios.put("case code contains", "/api/v1/incidents?caseCode=2025-01&size=25");
            report.append(String.format(Locale.ROOT, "%-48s %8s %8s %8s | %8s %8s %8s  %s%n", "scenario (ms)",
                    "srv min", "srv med", "srv p95", "rt min", "rt med", "rt p95", "rows/total"));
            for (Map.Entry<String, String> scenario : scenarios.entrySet()) {
                report.append(measure(http, base, scenario.getKey(), "GET", scenario.getValue(), null, requests,
                        warmup, failures));
            }
            report.append(measure(http, base, "search by survivor name (POST /search)", "POST",
                    "/api/v1/incidents/search", "{\"filter\":{\"survivorName\":\"nguyen demo lan\"},\"size\":25}",
                    requests, warmup, failures));
            HttpResponse<String> page = get(http, base + "/incident/list.xhtml");
            if (page.statusCode() == 200) {
                report.append(measure(http, base, "page /incident/list.xhtml (whole page)", "GET",
                        "/incident/list.xhtml", null, requests, warmup, failures));
            } else {
                report.append("page /incident/list.xhtml: not in this build (HTTP ").append(page.statusCode())
                        .append(")\n");
            }
        } finally {
            app.destroy();
            if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            if (!Boolean.getBoolean("bench.keep")) {
                deleteQuietly(folder);
            } else {
                report.append("Kept ").append(folder).append('\n');
            }
        }
        System.out.print(report);
        Files.createDirectories(build);
        Files.writeString(build.resolve("benchmark-results.txt"), report.toString(), StandardCharsets.UTF_8);
        return failures;
    }

    private static String measure(HttpClient http, String base, String name, String method, String path, String body,
                                  int requests, int warmup, List<String> failures) throws IOException,
            InterruptedException {
        List<Double> server = new ArrayList<>();
        List<Double> roundTrip = new ArrayList<>();
        String rows = "";
        for (int i = 0; i < warmup + requests; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
            } else {
                request.GET();
            }
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            double millis = (System.nanoTime() - start) / 1_000_000.0;
            if (response.statusCode() != 200) {
                failures.add(name + ": HTTP " + response.statusCode());
                return String.format(Locale.ROOT, "%-48s failed (HTTP %d)%n", name, response.statusCode());
            }
            if (i < warmup) {
                continue;
            }
            roundTrip.add(millis);
            response.headers().firstValue("Server-Timing").map(SERVER_TIMING::matcher).filter(Matcher::find)
                    .ifPresent(m -> server.add(Double.parseDouble(m.group(1))));
            if (rows.isEmpty() && response.body().startsWith("{")) {
                rows = count(response.body(), "\"caseCode\"") + "/" + total(response.body());
            }
        }
        return String.format(Locale.ROOT, "%-48s %8s %8s %8s | %8.1f %8.1f %8.1f  %s%n", name,
                stat(server, 0), stat(server, 50), stat(server, 95),
                percentile(roundTrip, 0), percentile(roundTrip, 50), percentile(roundTrip, 95), rows);
    }

    private static String stat(List<Double> values, int percentile) {
        return values.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f", percentile(values, percentile));
    }

    static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private static String total(String json) {
        Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    static void signIn(HttpClient http, String base, String username) throws IOException, InterruptedException {
        HttpResponse<String> form = get(http, base + "/login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(form.body());
        if (!viewState.find()) {
            throw new IllegalStateException("No sign-in form at " + base);
        }
        String body = "loginForm=loginForm&loginForm%3Ausername=" + username + "&loginForm%3Apassword="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&loginForm%3AsignIn="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("Sign-in as " + username + " failed: HTTP " + signedIn.statusCode());
        }
        if (signedIn.headers().firstValue("Location").orElse("").contains("/login-code.xhtml")) {
            String secret = SecondFactor.secretOf(username)
                    .orElseThrow(() -> new IllegalStateException("No authenticator secret known for " + username));
            HttpResponse<String> codeForm = get(http, base + "/login-code.xhtml");
            Matcher codeViewState = VIEW_STATE.matcher(codeForm.body());
            if (!codeViewState.find()) {
                throw new IllegalStateException("No code form at " + base);
            }
            String codeBody = "codeForm=codeForm&codeForm%3Acode=" + SecondFactor.nextCode(base, username, secret)
                    + "&codeForm%3Averify=&jakarta.faces.ViewState="
                    + URLEncoder.encode(codeViewState.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> verified = http.send(HttpRequest.newBuilder(URI.create(base + "/login-code.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(codeBody)).build(), HttpResponse.BodyHandlers.ofString());
            if (verified.statusCode() != 302
                    || !verified.headers().firstValue("Location").orElse("").endsWith("/home.xhtml")) {
                throw new IllegalStateException("Second factor of " + username + " refused: HTTP "
                        + verified.statusCode());
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void waitUntilReady(Process app, Path log, Duration timeout) throws IOException,
            InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see " + log);
            }
            if (Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(" ready in ")) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Payara Micro not ready in " + timeout + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it eventually
        }
    }
}
