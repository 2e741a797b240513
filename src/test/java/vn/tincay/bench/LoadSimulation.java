package vn.tincay.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.PayaraMicroProcess;
import vn.tincay.it.SecondFactor;

/**
 * The load scenario of issue 7, with Gatling ({@code mvn -B -Pbenchmark verify}, or only this:
 * {@code mvn -B -Pbenchmark -Dbench.skipSuite verify}): 200 signed-in users – coordinators,
 * focal points and school staff of the demo district – mixing the case list (API and page), case
 * pages, home pages, new reports and coordination entries, for load.minutes (10) after a one-minute
 * ramp. Starts the packaged application on the benchmark database bench.load.database
 * (tincay_bench_1m, built by {@link PerformanceBenchmark} or {@link BenchDatabase#main}); or, with
 * load.baseUrl (and load.pid for the heap figures), drives an application already running on that
 * database. Writes throughput, p50/p95/p99, errors, false 403s (a 403 for a request the user is
 * allowed), heap in use after a full GC at start and end, and InnoDB's deadlock count to
 * target/load-results.txt.
 */
public class LoadSimulation extends Simulation {

    private static final int USERS = Integer.getInteger("load.users", 200);
    private static final int MINUTES = Integer.getInteger("load.minutes", 10);
    private static final String DATABASE = System.getProperty("bench.load.database", "tincay_bench_1m");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** What the run saw, collected from every virtual user. */
    private static final ConcurrentLinkedQueue<Integer> TIMES = new ConcurrentLinkedQueue<>();
    private static final Map<String, AtomicLong> STATUSES = new ConcurrentHashMap<>();
    private static final AtomicLong FORBIDDEN = new AtomicLong();
    private static final AtomicReference<String> START = new AtomicReference<>("");
    private static final AtomicReference<String> RAMPED = new AtomicReference<>("not reached");
    private static long startedAt;
    private static long deadlocksAtStart;

    private final Target target = Target.open();
    private final List<BenchDatabase.LoadUser> users;

    /** The application under load, started here or given. */
    private record Target(String baseUrl, long pid, PayaraMicroProcess process, BenchDatabase database) {

        static Target open() {
            try {
                BenchDatabase database = BenchDatabase.named(DATABASE);
                String given = System.getProperty("load.baseUrl");
                if (given != null) {
                    return new Target(given, Long.getLong("load.pid", -1), null, database);
                }
                Path work = Files.createTempDirectory("tincay-load");
                PayaraMicroProcess app = PayaraMicroProcess.start(Map.of("TINCAY_DB_URL", database.url(),
                        "TINCAY_DB_USER", "root", "TINCAY_DATA_KEY", database.dataKey(), "TINCAY_AUDIT_KEY",
                        PayaraMicroProcess.TEST_AUDIT_KEY, "TINCAY_DEMO_DATA", "true"),
                        work, "load-server.log");
                return new Target(app.baseUrl().toString(), app.pid(), app, database);
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("Cannot start the application for the load test", e);
            }
        }
    }

    public LoadSimulation() {
        try {
            users = target.database().loadUsers(USERS);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the load-test users", e);
        }
        Iterator<Map<String, Object>> feeder = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                BenchDatabase.LoadUser user = users.get(next++ % users.size());
                return Map.of("username", user.username(), "role", user.role(), "schoolId", user.schoolId(),
                        "home", user.role().equals("DISTRICT_COORDINATOR") ? "/district/index.xhtml" : "/school/index.xhtml");
            }
        };
        HttpProtocolBuilder protocol = http.baseUrl(target.baseUrl()).disableFollowRedirect()
                .acceptLanguageHeader("vi").userAgentHeader("Tin Cay load test");
        ScenarioBuilder work = scenario("District at work").feed(feeder)
                .exec(signIn())
                .exec(timed(http("case list (API)").get("/api/v1/incidents?size=25")
                        .check(jsonPath("$.rows[*].id").findRandom().optional().saveAs("caseId"))))
                .during(Duration.ofMinutes(MINUTES)).on(
                        randomSwitch().on(
                                new Choice.WithWeight(25, list()),
                                new Choice.WithWeight(15, exec(timed(http("case list (page)")
                                        .get("/incident/list.xhtml")))),
                                new Choice.WithWeight(25, casePage()),
                                new Choice.WithWeight(15, exec(timed(http("home page").get("#{home}")))),
                                new Choice.WithWeight(10, newReport()),
                                new Choice.WithWeight(10, coordinationEntry()))
                                .pause(Duration.ofMillis(500), Duration.ofMillis(2500)));
        setUp(work.injectOpen(rampUsers(USERS).during(Duration.ofMinutes(1)))).protocols(protocol);
    }

    @Override
    public void before() {
        try {
            START.set(heapAfterFullGc(target.pid()));
            deadlocksAtStart = deadlocks();
            startedAt = System.nanoTime();
            // The heap once every user is signed in (their sessions and the caches filled): what the end of
            // the run is compared with.
            Thread sampler = new Thread(() -> {
                try {
                    Thread.sleep(Duration.ofMinutes(1).plusSeconds(30).toMillis());
                    RAMPED.set(heapAfterFullGc(target.pid()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "heap-after-ramp");
            sampler.setDaemon(true);
            sampler.start();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void after() {
        try {
            double seconds = (System.nanoTime() - startedAt) / 1e9;
            List<Integer> times = new ArrayList<>(TIMES);
            times.sort(Integer::compare);
            long errors = STATUSES.entrySet().stream().filter(e -> !e.getKey().matches("[23]\\d\\d|409|422"))
                    .mapToLong(e -> e.getValue().get()).sum();
            long refusals = STATUSES.entrySet().stream().filter(e -> e.getKey().matches("409|422"))
                    .mapToLong(e -> e.getValue().get()).sum();
            String report = String.format(Locale.ROOT, "Load test: %d users for %d min (+1 min ramp) against %s "
                            + "(database %s, %,d incidents), %d cores%n"
                            + "requests %,d in %.0f s: %.1f per second%n"
                            + "response time ms: p50 %d, p95 %d, p99 %d, max %d%n"
                            + "errors (5xx, or 4xx other than a refusal with a message): %d; of them false 403s: %d%n"
                            + "refusals with a message (409 changed meanwhile, 422 not allowed now, e.g. an entry on a "
                            + "closed case): %d; statuses %s%n"
                            + "heap in use after a full GC: before sign-in %s, after the ramp (all signed in) %s, end %s%n"
                            + "InnoDB deadlocks during the run (server-wide): %d%n",
                    USERS, MINUTES, target.baseUrl(), DATABASE, target.database().incidents(),
                    Runtime.getRuntime().availableProcessors(), times.size(), seconds, times.size() / seconds,
                    at(times, 50), at(times, 95), at(times, 99), at(times, 100), errors, FORBIDDEN.get(), refusals,
                    STATUSES, START.get(), RAMPED.get(), heapAfterFullGc(target.pid()), deadlocks() - deadlocksAtStart);
            System.out.print(report);
            Path build = Path.of(System.getProperty("tincay.buildDir", "target"));
            Files.createDirectories(build);
            Files.writeString(build.resolve("load-results.txt"), report, StandardCharsets.UTF_8);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            if (target.process() != null) {
                target.process().close();
            }
        }
    }

    /** Records the answer of a request the user may make: anything but 2xx/3xx is an error, a 403 a false one. */
    private static io.gatling.javaapi.http.HttpRequestActionBuilder timed(
            io.gatling.javaapi.http.HttpRequestActionBuilder request) {
        return request.check(status().saveAs("status"), responseTimeInMillis().saveAs("ms"),
                status().in(200, 201, 302, 303, 409, 422));
    }

    private static Session record(Session session) {
        if (session.contains("status")) {
            int status = session.getInt("status");
            STATUSES.computeIfAbsent(Integer.toString(status), s -> new AtomicLong()).incrementAndGet();
            if (status == 403) {
                FORBIDDEN.incrementAndGet();
            }
            TIMES.add(session.getInt("ms"));
        }
        return session.remove("status").remove("ms");
    }

    /** The password form, then (for every role that sees case content) the authenticator code. */
    private static ChainBuilder signIn() {
        return exec(http("sign-in form").get("/login.xhtml")
                .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
                .exec(timed(http("sign in").post("/login.xhtml")
                        .formParam("loginForm", "loginForm")
                        .formParam("loginForm:username", "#{username}")
                        .formParam("loginForm:password", PerformanceBenchmark.PASSWORD)
                        .formParam("loginForm:signIn", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}"))
                        .check(header("Location").optional().saveAs("signedInTo")))
                .exec(LoadSimulation::record)
                .doIf(session -> session.contains("signedInTo")
                        && session.getString("signedInTo").contains("/login-code.xhtml")).then(
                        exec(http("sign-in code form").get("/login-code.xhtml")
                                .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
                                .exec(timed(http("sign-in code").post("/login-code.xhtml")
                                        .formParam("codeForm", "codeForm")
                                        .formParam("codeForm:code", session -> SecondFactor.codeAt(
                                                DemoAccount.COORDINATOR.totpSecret(), SecondFactor.currentStep()))
                                        .formParam("codeForm:verify", "")
                                        .formParam("jakarta.faces.ViewState", "#{viewState}")))
                                .exec(LoadSimulation::record));
    }

    /** Filters a list request may carry: none (most often), a status, open cases of a year, overdue next steps. */
    private static final int LAST_YEAR = java.time.LocalDate.now().getYear() - 1;
    private static final String[] FILTERS = {"", "", "", "&status=IN_PROGRESS", "&overdueOnly=true",
        "&openOnly=true&from=" + LAST_YEAR + "-01-01&to=" + LAST_YEAR + "-12-31&sort=caseCode&ascending=true"};

    private static ChainBuilder list() {
        // Most lists unfiltered, some narrowed by a filter (read with their count in one statement).
        return exec(timed(http("case list (API)").get(session -> "/api/v1/incidents?size=25&page="
                + ThreadLocalRandom.current().nextInt(5) + FILTERS[ThreadLocalRandom.current().nextInt(FILTERS.length)])
                .check(jsonPath("$.rows[*].id").findRandom().optional().saveAs("caseId"))))
                .exec(LoadSimulation::record);
    }

    private static ChainBuilder casePage() {
        return doIfOrElse(session -> session.contains("caseId")).then(
                        exec(timed(http("case page").get("/incident/view.xhtml?id=#{caseId}"))))
                .orElse(exec(timed(http("case list (page)").get("/incident/list.xhtml"))))
                .exec(LoadSimulation::record);
    }

    private static ChainBuilder newReport() {
        return exec(timed(http("new report").post("/api/v1/incidents").header("Content-Type", "application/json")
                .body(StringBody(LoadSimulation::reportJson))
                .check(jsonPath("$.id").optional().saveAs("caseId"))))
                .exec(LoadSimulation::record);
    }

    /** Coordination entries by the roles that follow cases up; school staff read a list instead. */
    private static ChainBuilder coordinationEntry() {
        return exec(session -> session.getString("role").equals("SCHOOL_STAFF") || !session.contains("caseId")
                ? session.set("entryPath", "/api/v1/incidents?size=10") : session.set("entryPath",
                "/api/v1/incidents/" + session.get("caseId") + "/coordination-entries"))
                .doIfOrElse(session -> session.getString("entryPath").endsWith("coordination-entries")).then(
                        exec(timed(http("coordination entry").post("#{entryPath}")
                                .header("Content-Type", "application/json")
                                .body(StringBody("{\"agency\":\"SCHOOL\",\"actionTaken\":\"Trao đổi với gia đình "
                                        + "(thử tải, dữ liệu demo)\",\"outcome\":\"Đã ghi nhận\"}")))))
                .orElse(exec(timed(http("case list (API)").get("#{entryPath}"))))
                .exec(LoadSimulation::record);
    }

    private static String reportJson(Session session) {
        LocalDate today = LocalDate.now(VIETNAM);
        String school = session.getString("role").equals("DISTRICT_COORDINATOR")
                ? ",\"schoolId\":" + session.getLong("schoolId") : "";
        return "{\"submissionToken\":\"" + UUID.randomUUID() + "\",\"incidentDate\":\"" + today.minusDays(2)
                + "\",\"reportedDate\":\"" + today + "\",\"placeType\":\"SCHOOL_PREMISES\","
                + "\"answers\":{\"psychological\":true},\"perpetrators\":[],\"survivorName\":\"Demo Thị Tải "
                + ThreadLocalRandom.current().nextInt(100000) + "\",\"survivorAge\":12" + school + "}";
    }

    private static int at(List<Integer> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private long deadlocks() throws SQLException {
        try (Connection c = target.database().connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'")) {
            return r.next() ? r.getLong(2) : -1;
        }
    }

    /** Runs a full GC in the server and reads the heap in use (jcmd GC.run, GC.heap_info). */
    static String heapAfterFullGc(long pid) {
        if (pid <= 0) {
            return "unknown (no load.pid)";
        }
        try {
            jcmd(pid, "GC.run");
            String info = jcmd(pid, "GC.heap_info");
            long usedKb = 0;
            // The generations of the heap (not Metaspace, which GC.heap_info lists too).
            java.util.regex.Matcher used = java.util.regex.Pattern.compile("(?m)^.*(generation|heap|region).*used (\\d+)K")
                    .matcher(info);
            while (used.find()) {
                usedKb += Long.parseLong(used.group(2));
            }
            return String.format(Locale.ROOT, "%.1f MB", usedKb / 1024.0);
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown (interrupted)";
        }
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
