package vn.tincay.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.tincay.it.PayaraMicroProcess;
import vn.tincay.platform.demo.BulkIncidentLoader;
import vn.tincay.security.crypto.DataKeys;
import vn.tincay.security.crypto.NameIndex;

/**
 * The performance suite ({@code mvn -B -Pbenchmark verify}): for each size of bench.sizes
 * (default 100000,1000000 invented cases in one district of 60 schools over ten years, MariaDB
 * database tincay_bench_&lt;size&gt;, kept between runs), starts the packaged application on it, and
 * times every case-list filter, sort and search of the JSON API against the best hand-written SQL
 * for the same rows (incident table first through its index, the same bounded count), then the
 * pages: case list, home pages, a case, statistics, the XLSX export and a report's DOCX and PDF.
 * Prints one table per size and the growth from the first size to the last, and writes them to
 * target/benchmark-results.txt. Fails only when a request fails.
 *
 * <p>System properties: bench.sizes, bench.requests (30), bench.warmup (20), bench.apiWarmupRequests (5000),
 * bench.pageWarmup (150), bench.schools (60), bench.years (10), bench.drop (drop the databases afterwards),
 * bench.only (run only the scenarios whose name contains it, e.g. "page: case list" while profiling with
 * tincay.serverJvmOptions).
 */
class PerformanceBenchmark {

    static final String PASSWORD = "TinCay-Demo-2026";
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SERVER_TIMING = Pattern.compile("app;dur=([0-9.]+)");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String COLUMNS = "i.id, i.case_code, s.name, i.gbv_type, i.status, i.urgent, "
            + "i.must_report, i.incident_date, i.reported_date, i.survivor_age_group, a.display_name";

    private final int requests = Integer.getInteger("bench.requests", 30);
    private final int warmup = Integer.getInteger("bench.warmup", 20);
    /**
     * Warm-up requests of a page: a page runs far more code than an API call (the view, its components, the
     * template), which the JIT compiles only after some hundred requests – as on a server that has been up for
     * a while. After 20 requests a page took 1.3–1.6 times as long as after several hundred.
     */
    private final int pageWarmup = Integer.getInteger("bench.pageWarmup", 150);
    /** Rounds through every API scenario before the first is timed, at the least. */
    private static final int API_WARMUP_ROUNDS = 10;
    /**
     * And at least this many requests: the JIT compiles the code every API call shares (JAX-RS, the EJB
     * container, JPA, JSON) with its optimising compiler only after some thousand calls. After ten rounds (some
     * hundred calls) a call took 1.5 to 2 times as long as on a server that had answered a few thousand
     * (docs/performance.md).
     */
    private final int apiWarmupRequests = Integer.getInteger("bench.apiWarmupRequests", 5000);
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Map<Long, Double>> growth = new LinkedHashMap<>();

    @Test
    void casesListsPagesAndDocumentsAtEachSize() throws Exception {
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Tin Cậy performance benchmark – %s, %d cores, Java %s%n",
                LocalDate.now(VIETNAM), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        for (String size : System.getProperty("bench.sizes", "100000,1000000").split(",")) {
            report.append(runSize(Long.parseLong(size.trim())));
            System.out.print(report);
        }
        report.append(growthTable());
        System.out.print(report);
        Path build = Path.of(System.getProperty("tincay.buildDir", "target"));
        Files.createDirectories(build);
        Files.writeString(build.resolve("benchmark-results.txt"), report.toString(), StandardCharsets.UTF_8);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private String runSize(long size) throws Exception {
        BenchDatabase database = BenchDatabase.named("tincay_bench_" + label(size));
        StringBuilder out = new StringBuilder();
        Path work = Files.createTempDirectory("tincay-bench");
        long started = System.nanoTime();
        try (PayaraMicroProcess app = PayaraMicroProcess.start(Map.of(
                "TINCAY_DB_URL", database.url(), "TINCAY_DB_USER", "root", "TINCAY_DATA_KEY", database.dataKey(),
                "TINCAY_AUDIT_KEY", PayaraMicroProcess.TEST_AUDIT_KEY,
                "TINCAY_DEMO_DATA", "true"), work, "bench-server-" + label(size) + ".log")) {
            double ready = (System.nanoTime() - started) / 1e9;
            BulkIncidentLoader.Result generated = database.topUp(size, Integer.getInteger("bench.schools", 60),
                    Integer.getInteger("bench.years", 10));
            out.append(String.format(Locale.ROOT, "%n== %,d incidents (database %s) – app ready in %.1f s; %s%n",
                    database.incidents(), database.name(), ready, generated == null ? "data from an earlier run"
                            : String.format(Locale.ROOT, "generated %,d incidents (%,d rows) in %.1f s",
                            generated.incidents(), generated.rows(), generated.millis() / 1000.0)));
            String base = app.baseUrl().toString();
            HttpClient coordinator = signedIn(base, "coordinator");
            HttpClient principal = signedIn(base, "principal1");
            try (Connection sql = database.connect()) {
                Facts facts = Facts.of(sql, database);
                out.append(String.format(Locale.ROOT, "%-46s %8s %8s %8s %7s  %s%n", "scenario (server ms)", "median",
                        "p95", "SQL med", "ratio", "rows/total or size"));
                List<ApiCase> apiCases = apiCases(facts).stream().filter(c -> chosen(c.name())).toList();
                // The API's common code (security, JAX-RS, EJB, JPA, JSON) compiled by the JIT before the first
                // scenario is timed, as on a server that has answered for some minutes.
                int warmRequests = 0;
                for (int round = 0; !apiCases.isEmpty() && (round < API_WARMUP_ROUNDS
                        || warmRequests < apiWarmupRequests); round++) {
                    for (ApiCase c : apiCases) {
                        c.client(coordinator, principal).send(apiRequest(c, base), HttpResponse.BodyHandlers.discarding());
                        warmRequests++;
                    }
                }
                out.append(String.format(Locale.ROOT, "(the API warmed up by %,d requests)%n", warmRequests));
                for (ApiCase c : apiCases) {
                    out.append(measureApi(c, c.client(coordinator, principal), base, sql, size));
                }
                for (PageCase c : pageCases(facts, base, coordinator)) {
                    if (chosen(c.name())) {
                        out.append(measurePage(c, c.principal ? principal : coordinator, base, size));
                    }
                }
                if (chosen("sweep of the case list")) {
                    out.append(sweep(facts, coordinator, base));
                }
            }
        } finally {
            PayaraMicroProcess.deleteTree(work);
            if (Boolean.getBoolean("bench.drop")) {
                database.drop();
            }
        }
        return out.toString();
    }

    /** Whether a scenario was asked for: its name contains one of bench.only's |-separated parts (all when unset). */
    private static boolean chosen(String scenario) {
        for (String part : System.getProperty("bench.only", "").split("\\|", -1)) {
            if (scenario.contains(part)) {
                return true;
            }
        }
        return false;
    }

    static String label(long size) {
        return size % 1_000_000 == 0 ? size / 1_000_000 + "m" : size % 1000 == 0 ? size / 1000 + "k" : "n" + size;
    }

    /** Ids and values the scenarios need, read from the database. */
    record Facts(long districtId, long schoolId, int lastYear, LocalDate today, long caseId, Set<String> nameWords) {

        static Facts of(Connection sql, BenchDatabase database) throws SQLException {
            long district = single(sql, "SELECT id FROM district WHERE code = 'HDEMO'");
            long school = single(sql, "SELECT school_id FROM user_account WHERE username = 'principal1'");
            long caseId = single(sql, "SELECT MAX(id) FROM incident WHERE district_id = " + district);
            LocalDate today = LocalDate.now(VIETNAM);
            NameIndex names = new NameIndex(DataKeys.parse(database.dataKey(), null).indexKey());
            return new Facts(district, school, today.getYear() - 1, today, caseId, names.wordHashes(NAME));
        }
    }

    static final String NAME = "nguyen demo thi lan";

    private static long single(Connection sql, String query) throws SQLException {
        try (PreparedStatement s = sql.prepareStatement(query); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A limit no candidates reach: it keeps MariaDB from merging them into the page's ORDER BY … LIMIT. */
    private static final String ALL_OF_THEM = " LIMIT 2147483647";

    /**
     * A list request and the hand-written SQL for the same rows: WHERE, ORDER BY and offset of the page; where
     * MariaDB would not find the best way to them by itself, the index to read ({@code index}) or the page's
     * candidates picked by hand ({@code picked}: ids and the order's columns, of which the page is the first
     * rows), and the matches to count ({@code counted}: their ids), as the best hand-written SQL would name them.
     */
    record ApiCase(String name, String path, String body, boolean principal, String where, String order, int size,
                   int offset, List<Object> parameters, String index, String picked, String counted) {

        ApiCase(String name, String path, String body, boolean principal, String where, String order, int size,
                int offset, List<Object> parameters) {
            this(name, path, body, principal, where, order, size, offset, parameters, null, null, null);
        }

        /** The same case, its SQL reading the given index. */
        ApiCase reading(String indexName) {
            return new ApiCase(name, path, body, principal, where, order, size, offset, parameters, indexName, picked,
                    counted);
        }

        /** The same case, its page the first rows of the given candidates. */
        ApiCase picking(String candidates) {
            return new ApiCase(name, path, body, principal, where, order, size, offset, parameters, index, candidates,
                    counted);
        }

        /** The same case, counting the ids of the given statement. */
        ApiCase counting(String matches) {
            return new ApiCase(name, path, body, principal, where, order, size, offset, parameters, index, picked,
                    matches);
        }

        HttpClient client(HttpClient coordinator, HttpClient principalClient) {
            return principal ? principalClient : coordinator;
        }

        private String incident() {
            return index == null ? "incident i" : "incident i FORCE INDEX (" + index + ")";
        }

        /**
         * The page: incident table first (STRAIGHT_JOIN) through the index the WHERE and ORDER BY ask for; or the
         * first rows of the picked candidates, joined.
         */
        String pageSql() {
            if (picked != null) {
                return "SELECT " + COLUMNS + " FROM (SELECT * FROM (" + picked + ") u ORDER BY "
                        + order.replace("i.", "u.") + " LIMIT " + size + " OFFSET " + offset + ") p "
                        + "JOIN incident i ON i.id = p.id JOIN school s ON s.id = i.school_id "
                        + "LEFT JOIN user_account a ON a.id = i.assigned_to_id ORDER BY " + order;
            }
            return "SELECT STRAIGHT_JOIN " + COLUMNS + " FROM " + incident() + " JOIN school s ON s.id = i.school_id "
                    + "LEFT JOIN user_account a ON a.id = i.assigned_to_id WHERE " + where + " ORDER BY " + order
                    + " LIMIT " + size + " OFFSET " + offset;
        }

        String countSql() {
            return "SELECT COUNT(*) FROM (" + (counted != null ? counted : "SELECT i.id FROM " + incident() + " WHERE "
                    + where) + " LIMIT " + (offset + 5001) + ") matches";
        }
    }

    /**
     * The first 25 cases of each open status that meet {@code where}, by {@code order}, with the given columns: a
     * page's candidates when the open statuses lie apart in the index of the page's order.
     */
    private static String eachOpenStatus(String columns, String where, String order) {
        List<String> walks = new ArrayList<>();
        for (String status : List.of("REPORTED", "VERIFYING", "IN_PROGRESS")) {
            walks.add(firstOf(columns, "incident i", where + " AND i.status = '" + status + "'", order));
        }
        return String.join(" UNION ALL ", walks);
    }

    /**
     * The first 25 cases of each year from {@code from} to {@code to} in the district {@code d}, by {@code order},
     * with the given columns, each year read from V72's index of that order: a page's candidates when a period's
     * cases are many.
     */
    private static String eachYear(String columns, String d, LocalDate from, LocalDate to, String order, String index) {
        List<String> walks = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            walks.add(firstOf(columns, "incident i FORCE INDEX (" + index + ")", d + " AND i.incident_year = " + year
                    + " AND i.incident_date BETWEEN '" + (year == from.getYear() ? from : LocalDate.of(year, 1, 1))
                    + "' AND '" + (year == to.getYear() ? to : LocalDate.of(year, 12, 31)) + "'", order));
        }
        return String.join(" UNION ALL ", walks);
    }

    /**
     * As {@link #eachYear}, newest first, for a period whose last year ends before its year does: that year's part as
     * each of its months' ranges of {@code monthIndex} (V80), which hold none of the year's later incidents.
     */
    private static String eachYearThenMonth(String columns, String d, LocalDate from, LocalDate to, String order,
                                            String index, String monthIndex) {
        List<String> walks = new ArrayList<>();
        walks.add(eachYear(columns, d, from, LocalDate.of(to.getYear() - 1, 12, 31), order, index));
        for (LocalDate month = LocalDate.of(to.getYear(), 1, 1); !month.isAfter(to); month = month.plusMonths(1)) {
            walks.add(firstOf(columns, "incident i FORCE INDEX (" + monthIndex + ")", d + " AND i.incident_month = "
                    + (month.getYear() * 100 + month.getMonthValue()) + " AND i.incident_date <= '" + to + "'", order));
        }
        return String.join(" UNION ALL ", walks);
    }

    /** The first 25 ids, with the given columns, of the cases of {@code table} that meet {@code where}, by {@code order}. */
    private static String firstOf(String columns, String table, String where, String order) {
        return "(SELECT i.id, " + columns + " FROM " + table + " WHERE " + where + " ORDER BY " + order + " LIMIT 25)";
    }

    private List<ApiCase> apiCases(Facts f) {
        String d = "i.district_id = " + f.districtId();
        String year = "i.incident_date >= '" + f.lastYear() + "-01-01' AND i.reported_date >= '" + f.lastYear()
                + "-01-01' AND i.incident_date <= '" + f.lastYear() + "-12-31'";
        String overdue = "i.next_step_due < '" + f.today() + "'";
        StringBuilder words = new StringBuilder();
        for (String hash : f.nameWords()) {
            words.append(" AND EXISTS (SELECT 1 FROM survivor_name_word w WHERE w.incident_id = i.id AND w.word_hash = '")
                    .append(hash).append("')");
        }
        String newest = "i.reported_date DESC, i.id DESC";
        List<ApiCase> cases = new ArrayList<>();
        cases.add(new ApiCase("first page, newest first", "/api/v1/incidents?size=25", null, false, d, newest, 25, 0,
                List.of()));
        // The skipped rows are index entries only: the page's ids first, then its rows (a deferred join).
        cases.add(new ApiCase("page 200 (deep paging)", "/api/v1/incidents?page=200&size=25", null, false, d, newest,
                25, 5000, List.of()).picking("SELECT i.id, i.reported_date FROM incident i WHERE " + d
                + " ORDER BY " + newest + " LIMIT 5025"));
        cases.add(new ApiCase("status IN_PROGRESS, by incident date", "/api/v1/incidents?status=IN_PROGRESS"
                + "&sort=incidentDate&ascending=true&size=25", null, false, d + " AND i.status = 'IN_PROGRESS'",
                "i.incident_date ASC, i.id ASC", 25, 0, List.of()).reading("ix_incident_district_status_date"));
        cases.add(new ApiCase("physical assault, urgent, newest", "/api/v1/incidents?type=PHYSICAL_ASSAULT&urgent=true"
                + "&size=25", null, false, d + " AND i.gbv_type = 'PHYSICAL_ASSAULT' AND i.urgent = 1", newest, 25, 0,
                List.of()));
        String open = "i.status IN ('REPORTED', 'VERIFYING', 'IN_PROGRESS')";
        // A few thousand matches, picked through the status index and sorted.
        cases.add(new ApiCase("open cases of last year, by case code", "/api/v1/incidents?openOnly=true&from="
                + f.lastYear() + "-01-01&to=" + f.lastYear() + "-12-31&sort=caseCode&ascending=true&size=25", null,
                false, d + " AND " + open + " AND " + year, "i.case_code ASC, i.id ASC", 25, 0, List.of())
                .picking("SELECT i.id, i.case_code FROM incident i WHERE " + d + " AND " + open + " AND " + year
                        + ALL_OF_THEM));
        // The open cases lie at the far end of the case codes, behind the district's years of closed ones: the first
        // of each open status's cases by case code, merged.
        cases.add(new ApiCase("open cases, oldest case code first", "/api/v1/incidents?openOnly=true&sort=caseCode"
                + "&ascending=true&size=25", null, false, d + " AND " + open, "i.case_code ASC, i.id ASC", 25, 0,
                List.of()).picking(eachOpenStatus("i.case_code", d, "i.case_code, i.id")));
        // The home page's box of open urgent cases links to them; by status, oldest first, the closed urgent cases
        // come first in the (district, urgent, status) index: the first of each open status's urgent ones, merged.
        // Counted likewise, each open status's urgent cases after the other: written as one status IN (...), MariaDB
        // reads every closed urgent case first.
        String openUrgentIds = "SELECT i.id FROM (SELECT 'REPORTED' AS status UNION ALL SELECT 'VERIFYING' UNION ALL "
                + "SELECT 'IN_PROGRESS') o STRAIGHT_JOIN incident i ON i.status = o.status WHERE " + d
                + " AND i.urgent = 1";
        cases.add(new ApiCase("open urgent cases, by status", "/api/v1/incidents?openOnly=true&urgent=true"
                + "&sort=status&ascending=true&size=25", null, false, d + " AND " + open + " AND i.urgent = 1",
                "i.status ASC, i.reported_date ASC, i.id ASC", 25, 0, List.of())
                .picking(eachOpenStatus("i.status, i.reported_date", d + " AND i.urgent = 1", "i.reported_date, i.id"))
                .counting(openUrgentIds));
        // A period of a year (a tenth of the district) in the list's default order and by type, and a period across
        // two years by status: each year's first cases from V72's index of the order (newest first, the months of a year's
        // first half from V80's), merged; counted from the incident-date index.
        LocalDate yearStart = LocalDate.of(f.lastYear(), 1, 1);
        LocalDate yearEnd = LocalDate.of(f.lastYear(), 12, 31);
        String ofPeriod = "/api/v1/incidents?from=" + yearStart + "&to=" + yearEnd;
        String yearIds = "SELECT i.id FROM incident i FORCE INDEX (ix_incident_statistics) WHERE " + d + " AND " + year;
        cases.add(new ApiCase("last year, newest report first", ofPeriod + "&size=25", null, false, d + " AND " + year,
                newest, 25, 0, List.of()).picking(eachYear("i.reported_date", d, yearStart, yearEnd, newest,
                "ix_incident_year_reported")).counting(yearIds));
        cases.add(new ApiCase("last year, by type", ofPeriod + "&sort=type&ascending=true&size=25", null, false,
                d + " AND " + year, "i.gbv_type ASC, i.id ASC", 25, 0, List.of()).picking(eachYear("i.gbv_type", d,
                yearStart, yearEnd, "i.gbv_type, i.id", "ix_incident_year_type")).counting(yearIds));
        // Its closed cases (nine in ten), newest report first: each year's range of V72's index with that status.
        String closed = " AND i.status = 'CLOSED'";
        cases.add(new ApiCase("last year's closed cases, newest report first", ofPeriod + "&status=CLOSED&size=25", null,
                false, d + closed + " AND " + year, newest, 25, 0, List.of()).picking(eachYear("i.reported_date",
                d + closed, yearStart, yearEnd, newest, "ix_incident_year_status")).counting("SELECT i.id FROM incident i "
                + "FORCE INDEX (ix_incident_district_status_date) WHERE " + d + closed + " AND " + year));
        // By case code: the year's range of V72's index of the code, each entry's row read for the status until the
        // page is full.
        cases.add(new ApiCase("last year's closed cases, by case code", ofPeriod + "&status=CLOSED&sort=caseCode"
                + "&ascending=true&size=25", null, false, d + " AND i.incident_year = " + f.lastYear() + closed + " AND "
                + year, "i.case_code ASC, i.id ASC", 25, 0, List.of()).reading("ix_incident_year_code")
                .counting("SELECT i.id FROM incident i FORCE INDEX (ix_incident_district_status_date) WHERE " + d + closed
                        + " AND " + year));
        LocalDate midYear = LocalDate.of(f.lastYear() - 1, 7, 1);
        LocalDate nextMidYear = LocalDate.of(f.lastYear(), 6, 30);
        String acrossYears = "i.incident_date >= '" + midYear + "' AND i.incident_date <= '" + nextMidYear + "'";
        String byStatus = "i.status DESC, i.reported_date DESC, i.id DESC";
        cases.add(new ApiCase("1/7 to 30/6, by status", "/api/v1/incidents?from=" + midYear + "&to=" + nextMidYear
                + "&sort=status&size=25", null, false, d + " AND " + acrossYears, byStatus, 25, 0, List.of())
                .picking(eachYearThenMonth("i.status, i.reported_date", d, midYear, nextMidYear, byStatus,
                        "ix_incident_year_status", "ix_incident_month_status"))
                .counting("SELECT i.id FROM incident i FORCE INDEX (ix_incident_statistics) WHERE " + d + " AND "
                        + acrossYears));
        // Its closed cases from the oldest report: each year's closed range of V72's status index, the first year's from
        // the period's first day (a report never precedes its incident), merged.
        String closedAcross = d + closed + " AND " + acrossYears;
        cases.add(new ApiCase("1/7 to 30/6, closed, oldest report first", "/api/v1/incidents?from=" + midYear + "&to="
                + nextMidYear + "&status=CLOSED&sort=reportedDate&ascending=true&size=25", null, false, closedAcross,
                "i.reported_date ASC, i.id ASC", 25, 0, List.of())
                .picking(eachYear("i.reported_date", d + closed + " AND i.reported_date >= '" + midYear + "'", midYear,
                        nextMidYear, "i.reported_date, i.id", "ix_incident_year_status"))
                .counting("SELECT i.id FROM incident i FORCE INDEX (ix_incident_district_status_date) WHERE "
                        + closedAcross));
        // A rare type's urgent cases from a day to today (a few hundred): the range of V81's (district, type, urgency,
        // incident date) from that day.
        String sinceLastYear = "'" + (f.lastYear() - 1) + "-01-01'";
        String urgentMarriages = d + " AND i.gbv_type = 'FORCED_MARRIAGE' AND i.urgent = 1 AND i.incident_date >= "
                + sinceLastYear;
        cases.add(new ApiCase("urgent forced marriages since a day, by status", "/api/v1/incidents?from="
                + (f.lastYear() - 1) + "-01-01&type=FORCED_MARRIAGE&urgent=true&sort=status&size=25", null, false,
                urgentMarriages, byStatus, 25, 0, List.of()).reading("ix_incident_type_urgent_date")
                .picking("SELECT i.id, i.status, i.reported_date FROM incident i "
                        + "FORCE INDEX (ix_incident_type_urgent_date) WHERE " + urgentMarriages + ALL_OF_THEM));
        // Three filters and a period, sorted by the urgency a filter fixes: the report-date order, each year's closed range
        // of V72's status index walked newest first, the type and urgency checked in its entries; counted from the type and
        // urgency's range of V81 from the period's first day.
        String closedAssaults = d + closed + " AND i.gbv_type = 'PHYSICAL_ASSAULT' AND i.urgent = 0";
        String assaultsSince = closedAssaults + " AND i.incident_date >= '" + midYear + "' AND i.reported_date >= '"
                + midYear + "'";
        cases.add(new ApiCase("closed assaults not urgent since 1/7, by urgency", "/api/v1/incidents?from=" + midYear
                + "&status=CLOSED&type=PHYSICAL_ASSAULT&urgent=false&sort=urgent&size=25", null, false, assaultsSince,
                newest, 25, 0, List.of())
                .picking(eachYear("i.reported_date", closedAssaults + " AND i.reported_date >= '" + midYear + "'",
                        midYear, f.today(), newest, "ix_incident_year_status"))
                .counting("SELECT i.id FROM incident i FORCE INDEX (ix_incident_type_urgent_date) WHERE "
                        + assaultsSince));
        // A rare type's cases of eight years that end before this one, by urgency (newest first): the type's urgent range
        // of V78's (district, type, urgency, report date), its entries checked for the period, past the later reports.
        int firstOfEight = f.lastYear() - 8;
        String marriagesOfEight = d + " AND i.gbv_type = 'FORCED_MARRIAGE' AND i.incident_date >= '" + firstOfEight
                + "-01-01' AND i.incident_date <= '" + (f.lastYear() - 1) + "-12-31'";
        cases.add(new ApiCase("forced marriages of eight past years, by urgency", "/api/v1/incidents?from=" + firstOfEight
                + "-01-01&to=" + (f.lastYear() - 1) + "-12-31&type=FORCED_MARRIAGE&sort=urgent&size=25", null, false,
                marriagesOfEight, "i.urgent DESC, i.reported_date DESC, i.id DESC", 25, 0, List.of())
                .reading("ix_incident_type_urgent")
                .counting("SELECT i.id FROM incident i FORCE INDEX (ix_incident_type_urgent_date) WHERE "
                        + marriagesOfEight + " AND i.urgent IN (0, 1)"));
        cases.add(new ApiCase("status IN_PROGRESS, by type", "/api/v1/incidents?status=IN_PROGRESS&sort=type"
                + "&ascending=true&size=25", null, false, d + " AND i.status = 'IN_PROGRESS'", "i.gbv_type ASC, i.id ASC",
                25, 0, List.of()).reading("ix_incident_district_status_type"));
        cases.add(new ApiCase("overdue next steps", "/api/v1/incidents?overdueOnly=true&size=25", null, false,
                d + " AND " + overdue, newest, 25, 0, List.of()));
        // By school name, oldest report first: school by school, each school's overdue cases from (school, next step
        // due); the plain statement reads every overdue case with its school and sorts them.
        cases.add(new ApiCase("overdue next steps, by school name", "/api/v1/incidents?overdueOnly=true"
                + "&sort=schoolName&ascending=true&size=25", null, false, d + " AND " + overdue,
                "s.name ASC, s.id ASC, i.reported_date ASC, i.id ASC", 25, 0, List.of()));
        // A type's open cases of eight years and more: each open status's range of V79's (district, status, type, report
        // date) from the period's first day, merged; by case code, every match sorted from its entries.
        String sinceEight = "'" + (f.lastYear() - 8) + "-01-01'";
        String openAssaults = d + " AND " + open + " AND i.gbv_type = 'SEXUAL_ASSAULT' AND i.incident_date >= "
                + sinceEight;
        String statusType = "incident i FORCE INDEX (ix_incident_status_type_reported)";
        List<String> eachStatus = new ArrayList<>();
        for (String status : List.of("REPORTED", "VERIFYING", "IN_PROGRESS")) {
            eachStatus.add(firstOf("i.reported_date", statusType, d + " AND i.status = '" + status
                    + "' AND i.gbv_type = 'SEXUAL_ASSAULT' AND i.incident_date >= " + sinceEight
                    + " AND i.reported_date >= " + sinceEight, "i.reported_date, i.id"));
        }
        String openAssaultIds = "SELECT i.id FROM " + statusType + " WHERE " + openAssaults;
        cases.add(new ApiCase("open sexual assaults of eight years on, oldest report first", "/api/v1/incidents?"
                + "openOnly=true&type=SEXUAL_ASSAULT&from=" + (f.lastYear() - 8) + "-01-01&sort=reportedDate"
                + "&ascending=true&size=25", null, false, openAssaults, "i.reported_date ASC, i.id ASC", 25, 0, List.of())
                .picking(String.join(" UNION ALL ", eachStatus)).counting(openAssaultIds));
        cases.add(new ApiCase("open sexual assaults of eight years on, by case code", "/api/v1/incidents?"
                + "openOnly=true&type=SEXUAL_ASSAULT&from=" + (f.lastYear() - 8) + "-01-01&sort=caseCode"
                + "&ascending=true&size=25", null, false, openAssaults, "i.case_code ASC, i.id ASC", 25, 0, List.of())
                .picking("SELECT i.id, i.case_code FROM " + statusType + " WHERE " + openAssaults + ALL_OF_THEM)
                .counting(openAssaultIds));
        cases.add(new ApiCase("case code " + f.lastYear() + "-01…", "/api/v1/incidents?caseCode=" + f.lastYear()
                + "-01&size=25", null, false, d + " AND i.case_serial LIKE '" + f.lastYear() + "01%'", newest, 25, 0,
                List.of()));
        // A year's codes: a tenth of the district, behind its older years in report-date order.
        String ofYear = d + " AND i.case_serial LIKE '" + f.lastYear() + "%'";
        // In any order but the case code, the year's first cases are one range of V74's index of that order, counted
        // from the serial's index; by case code they are the serial's range.
        String yearsCodes = "SELECT i.id FROM incident i FORCE INDEX (ix_incident_district_serial) WHERE " + ofYear;
        String filedThen = d + " AND i.case_year = '" + f.lastYear() + "'";
        cases.add(new ApiCase("case code " + f.lastYear() + ", oldest report first", "/api/v1/incidents?caseCode="
                + f.lastYear() + "&sort=reportedDate&ascending=true&size=25", null, false, filedThen,
                "i.reported_date ASC, i.id ASC", 25, 0, List.of()).reading("ix_incident_case_year_reported")
                .counting(yearsCodes));
        cases.add(new ApiCase("case code " + f.lastYear() + ", by type", "/api/v1/incidents?caseCode=" + f.lastYear()
                + "&sort=type&size=25", null, false, filedThen, "i.gbv_type DESC, i.id DESC", 25, 0, List.of())
                .reading("ix_incident_case_year_type").counting(yearsCodes));
        // With a type (a sixth of the year): the year's range in report-date order, each entry checked for the type.
        String ofType = filedThen + " AND i.gbv_type = 'RAPE'";
        cases.add(new ApiCase("case code " + f.lastYear() + " of one type, newest report first",
                "/api/v1/incidents?caseCode=" + f.lastYear() + "&type=RAPE&size=25", null, false, ofType, newest, 25, 0,
                List.of()).reading("ix_incident_case_year_reported").counting("SELECT i.id FROM incident i FORCE INDEX "
                + "(ix_incident_case_year_type) WHERE " + ofType));
        cases.add(new ApiCase("case code " + f.lastYear() + ", by case code", "/api/v1/incidents?caseCode="
                + f.lastYear() + "&sort=caseCode&ascending=true&size=25", null, false, ofYear,
                "i.case_serial ASC, i.id ASC", 25, 0, List.of()).reading("ix_incident_district_serial"));
        cases.add(new ApiCase("survivor name (4 words)", "/api/v1/incidents/search", "{\"filter\":{\"survivorName\":\""
                + NAME + "\"},\"size\":25}", false, d + words, newest, 25, 0, List.of()));
        cases.add(new ApiCase("sorted by status", "/api/v1/incidents?sort=status&size=25", null, false, d,
                "i.status DESC, i.reported_date DESC, i.id DESC", 25, 0, List.of()));
        cases.add(new ApiCase("sorted by type", "/api/v1/incidents?sort=type&ascending=true&size=25", null, false, d,
                "i.gbv_type ASC, i.id ASC", 25, 0, List.of()));
        cases.add(new ApiCase("sorted by urgency", "/api/v1/incidents?sort=urgent&size=25", null, false, d,
                "i.urgent DESC, i.reported_date DESC, i.id DESC", 25, 0, List.of()));
        cases.add(new ApiCase("sorted by case code, descending", "/api/v1/incidents?sort=caseCode&size=25", null,
                false, d, "i.case_code DESC, i.id DESC", 25, 0, List.of()));
        cases.add(new ApiCase("sorted by school name", "/api/v1/incidents?sort=schoolName&ascending=true&size=25",
                null, false, d, "s.name ASC, s.id ASC, i.reported_date ASC, i.id ASC", 25, 0, List.of()));
        cases.add(new ApiCase("focal point: own school, newest", "/api/v1/incidents?size=25", null, true,
                "i.school_id = " + f.schoolId(), newest, 25, 0, List.of()));
        return cases;
    }

    /** A page or download, timed from the client (loopback), without an SQL counterpart. */
    record PageCase(String name, String path, boolean principal, String ajax) {

        PageCase(String name, String path, boolean principal) {
            this(name, path, principal, null);
        }

        /**
         * The case list's table asked by Faces AJAX, as its paginator and column headers ask it, on the list
         * opened at {@code path}: the parameters after the table's id.
         */
        static PageCase listAjax(String name, String path, String parameters) {
            return new PageCase(name, path, false, parameters);
        }
    }

    /** The case list's table, as the AJAX requests of its paginator and sortable headers name it. */
    private static final String CASES_TABLE = "casesForm:cases";
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private List<PageCase> pageCases(Facts f, String base, HttpClient coordinator) throws IOException,
            InterruptedException {
        List<PageCase> cases = new ArrayList<>(List.of(
                new PageCase("page: case list", "/incident/list.xhtml", false),
                new PageCase("page: case list, open cases", "/incident/list.xhtml?open=true", false),
                PageCase.listAjax("page: case list, 10th page (AJAX)", "/incident/list.xhtml",
                        "_pagination=true&_skipChildren=true&_encodeFeature=true&_first=180&_rows=20"),
                PageCase.listAjax("page: case list, by case code (AJAX)", "/incident/list.xhtml",
                        "_sorting=true&_skipChildren=true&_encodeFeature=true&_sortKey=casesForm%3Acases%3Acode"
                                + "&_sortDir=1"),
                PageCase.listAjax("page: open cases, by case code (AJAX)", "/incident/list.xhtml?open=true",
                        "_sorting=true&_skipChildren=true&_encodeFeature=true&_sortKey=casesForm%3Acases%3Acode"
                                + "&_sortDir=1"),
                PageCase.listAjax("page: open cases, 10th page (AJAX)", "/incident/list.xhtml?open=true",
                        "_pagination=true&_skipChildren=true&_encodeFeature=true&_first=180&_rows=20"),
                new PageCase("page: district home", "/district/index.xhtml", false),
                new PageCase("page: school home (focal point)", "/school/index.xhtml", true),
                new PageCase("page: a case", "/incident/view.xhtml?id=" + f.caseId(), false),
                new PageCase("page: statistics, this year", "/statistics/index.xhtml", false),
                new PageCase("page: statistics, last year", "/statistics/index.xhtml?year=" + f.lastYear(), false),
                // Two partial months (read from the cases) around eight whole ones (from the monthly counts).
                new PageCase("page: statistics, 15/02 to 14/11", "/statistics/index.xhtml?from=" + f.lastYear()
                        + "-02-15&to=" + f.lastYear() + "-11-14", false),
                new PageCase("page: statistics, school (focal point)", "/statistics/index.xhtml", true),
                new PageCase("XLSX export of last year's statistics", "/statistics/export.xlsx?year=" + f.lastYear(),
                        false)));
        Long report = districtReport(coordinator, base);
        if (report != null) {
            cases.add(new PageCase("report document: DOCX", "/report/download?id=" + report + "&format=docx", false));
            cases.add(new PageCase("report document: PDF", "/report/download?id=" + report + "&format=pdf", false));
        } else {
            failures.add("No district report could be opened for the document benchmark");
        }
        return cases;
    }

    /** Opens (creating when needed) the coordinator's report of the first reporting period; its id. */
    private static Long districtReport(HttpClient http, String base) throws IOException, InterruptedException {
        HttpResponse<String> index = get(http, base + "/report/index.xhtml");
        Matcher button = Pattern.compile("id=\"(reportsForm:[^\"]*openReport)\"").matcher(index.body());
        Matcher state = VIEW_STATE.matcher(index.body());
        if (!button.find() || !state.find()) {
            return null;
        }
        String body = "reportsForm=reportsForm&" + URLEncoder.encode(button.group(1), StandardCharsets.UTF_8) + "="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(URI.create(base + "/report/index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String target = opened.headers().firstValue("Location").orElse(opened.body());
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(target);
        return id.find() ? Long.valueOf(id.group(1)) : null;
    }

    private static HttpRequest apiRequest(ApiCase c, String base) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + c.path()))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/json");
        if (c.body() != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(c.body()));
        }
        return request.build();
    }

    private String measureApi(ApiCase c, HttpClient http, String base, Connection sql, long size) throws Exception {
        List<Double> server = new ArrayList<>();
        String rows = "";
        for (int i = 0; i < warmup + requests; i++) {
            HttpResponse<String> response = http.send(apiRequest(c, base), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                failures.add(c.name() + ": HTTP " + response.statusCode());
                return String.format(Locale.ROOT, "%-46s failed (HTTP %d)%n", c.name(), response.statusCode());
            }
            if (i >= warmup) {
                response.headers().firstValue("Server-Timing").map(SERVER_TIMING::matcher).filter(Matcher::find)
                        .ifPresent(m -> server.add(Double.parseDouble(m.group(1))));
            }
            if (rows.isEmpty()) {
                rows = count(response.body(), "\"caseCode\"") + "/" + (response.body().contains("\"totalExact\":false")
                        ? ">" : "") + json(response.body(), "total");
            }
        }
        List<Double> reference = new ArrayList<>();
        int referenceRuns = warmup + requests;
        for (int i = 0; i < referenceRuns; i++) {
            long start = System.nanoTime();
            run(sql, c.pageSql());
            run(sql, c.countSql());
            double millis = (System.nanoTime() - start) / 1e6;
            if (i == 0 && millis > 1000) {
                // A reference that takes seconds is measured three times, not thirty.
                referenceRuns = 4;
            }
            if (i >= Math.min(warmup, referenceRuns - 3)) {
                reference.add(millis);
            }
        }
        double median = percentile(server, 50);
        double sqlMedian = percentile(reference, 50);
        growth.computeIfAbsent(c.name(), k -> new LinkedHashMap<>()).put(size, median);
        return String.format(Locale.ROOT, "%-46s %8.1f %8.1f %8.1f %7.2f  %s%n", c.name(), median,
                percentile(server, 95), sqlMedian, median / Math.max(0.01, sqlMedian), rows);
    }

    /** A list of the sweep is slow from this many milliseconds of server time on. */
    private static final double SWEEP_SLOW = 50;

    /**
     * The case list's first page for every combination of a status (or the open cases), a type, an urgency and a period,
     * and of the overdue cases, a school or a code's year with a status and a period, in each order both ways: each page
     * timed once, and a page over {@link #SWEEP_SLOW} ms three times more (the median of those). Reports how many pages,
     * their median, p95 and the slowest, and lists those still over the mark: a filter and order that no scenario names
     * shows here when it reads far more than its page.
     */
    private String sweep(Facts f, HttpClient http, String base) throws IOException, InterruptedException {
        int y = f.lastYear();
        List<String> statuses = List.of("", "status=REPORTED", "status=IN_PROGRESS", "status=CLOSED", "openOnly=true");
        List<String> types = List.of("", "type=RAPE", "type=NOT_GBV", "type=PHYSICAL_ASSAULT");
        List<String> urgencies = List.of("", "urgent=true", "urgent=false");
        List<String> periods = List.of("", "from=" + (y - 8) + "-01-01", "from=" + (y + 1) + "-01-01",
                "from=" + (y - 6) + "-01-01&to=" + (y - 6) + "-12-31", "from=" + (y - 1) + "-07-01&to=" + y + "-06-30",
                "to=" + (y - 4) + "-12-31");
        List<String> lists = new ArrayList<>();
        for (String status : statuses) {
            for (String type : types) {
                for (String urgency : urgencies) {
                    for (String period : periods) {
                        lists.add(joined(status, type, urgency, period));
                    }
                }
            }
        }
        for (String other : List.of("overdueOnly=true", "schoolId=" + f.schoolId(), "caseCode=" + (y - 1))) {
            for (String status : statuses) {
                for (String period : periods) {
                    lists.add(joined(other, status, period));
                }
            }
        }
        List<Double> times = new ArrayList<>();
        List<String> slow = new ArrayList<>();
        for (String list : lists) {
            for (String sort : List.of("reportedDate", "incidentDate", "caseCode", "status", "type", "urgent",
                    "schoolName")) {
                for (boolean ascending : new boolean[] {true, false}) {
                    String path = "/api/v1/incidents?" + joined(list, "sort=" + sort, "ascending=" + ascending,
                            "size=25");
                    double time = serverTime(http, base + path);
                    if (time > SWEEP_SLOW) {
                        List<Double> again = new ArrayList<>();
                        for (int i = 0; i < 3; i++) {
                            again.add(serverTime(http, base + path));
                        }
                        time = percentile(again, 50);
                        if (time > SWEEP_SLOW) {
                            slow.add(String.format(Locale.ROOT, "  %8.1f  %s", time, path));
                        }
                    }
                    times.add(time);
                }
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "sweep of the case list: %,d lists in 7 orders "
                + "both ways, %,d pages: median %.1f, p95 %.1f, slowest %.1f ms; %d over %.0f ms%n", lists.size(),
                times.size(), percentile(times, 50), percentile(times, 95), percentile(times, 100), slow.size(),
                SWEEP_SLOW));
        slow.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static String joined(String... parts) {
        return java.util.Arrays.stream(parts).filter(part -> !part.isEmpty())
                .collect(java.util.stream.Collectors.joining("&"));
    }

    /** The server's time for one request (its Server-Timing), or the round trip when it names none. */
    private double serverTime(HttpClient http, String url) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = get(http, url);
        double roundTrip = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            failures.add(url + ": HTTP " + response.statusCode());
        }
        return response.headers().firstValue("Server-Timing").map(SERVER_TIMING::matcher).filter(Matcher::find)
                .map(m -> Double.parseDouble(m.group(1))).orElse(roundTrip);
    }

    private String measurePage(PageCase c, HttpClient http, String base, long size) throws Exception {
        List<Double> times = new ArrayList<>();
        long bytes = 0;
        HttpRequest request = c.ajax() == null
                ? HttpRequest.newBuilder(URI.create(base + c.path())).timeout(Duration.ofSeconds(120)).GET().build()
                : ajaxRequest(c, http, base);
        if (request == null) {
            failures.add(c.name() + ": no case list to ask");
            return String.format(Locale.ROOT, "%-46s failed (no case list)%n", c.name());
        }
        // Warmed up as a server that has been up for a while has compiled the page's code.
        for (int i = 0; i < pageWarmup + requests; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double millis = (System.nanoTime() - start) / 1e6;
            // An AJAX answer must carry the table's rows from the asked one on (data-ri is the row's index): without
            // one of the parameters its paginator sends, the table answers with its first page instead.
            boolean answered = response.statusCode() == 200 && (c.ajax() == null
                    || new String(response.body(), StandardCharsets.UTF_8).contains("data-ri=\"" + firstRow(c) + "\""));
            if (!answered) {
                failures.add(c.name() + ": HTTP " + response.statusCode() + (c.ajax() == null ? "" : ", no table"));
                return String.format(Locale.ROOT, "%-46s failed (HTTP %d)%n", c.name(), response.statusCode());
            }
            bytes = response.body().length;
            if (i >= pageWarmup) {
                times.add(millis);
            }
        }
        double median = percentile(times, 50);
        growth.computeIfAbsent(c.name(), k -> new LinkedHashMap<>()).put(size, median);
        return String.format(Locale.ROOT, "%-46s %8.1f %8.1f %8s %7s  %,d bytes (round trip)%n", c.name(), median,
                percentile(times, 95), "-", "-", bytes);
    }

    /** The index of the first row an AJAX request of the case list asks for (0 unless it pages). */
    private static String firstRow(PageCase c) {
        Matcher first = Pattern.compile("_first=(\\d+)").matcher(c.ajax());
        return first.find() ? first.group(1) : "0";
    }

    /**
     * The AJAX request of the case list's table that {@code c} names, on the list opened once at its path (the
     * view's state and the page's script nonce, which PrimeFaces checks, read from it); null without them.
     */
    private static HttpRequest ajaxRequest(PageCase c, HttpClient http, String base) throws IOException,
            InterruptedException {
        String page = get(http, base + c.path()).body();
        Matcher state = VIEW_STATE.matcher(page);
        Matcher nonce = CSP_NONCE.matcher(page);
        if (!state.find() || !nonce.find()) {
            return null;
        }
        String table = URLEncoder.encode(CASES_TABLE, StandardCharsets.UTF_8);
        String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + table
                + "&jakarta.faces.partial.execute=" + table + "&jakarta.faces.partial.render=" + table
                + "&" + table + "=" + table + "&" + table + c.ajax().replace("&_", "&" + table + "_")
                + "&casesForm=casesForm&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8)
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(base + c.path().replaceAll("\\?.*", "")))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private String growthTable() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n== Growth: median at the largest size "
                + "over the median at the smallest%n"));
        for (Map.Entry<String, Map<Long, Double>> e : growth.entrySet()) {
            List<Long> sizes = e.getValue().keySet().stream().sorted().toList();
            if (sizes.size() > 1) {
                double first = e.getValue().get(sizes.get(0));
                double last = e.getValue().get(sizes.get(sizes.size() - 1));
                out.append(String.format(Locale.ROOT, "%-46s %8.1f -> %8.1f  x%.2f%n", e.getKey(), first, last,
                        last / Math.max(0.01, first)));
            }
        }
        return out.toString();
    }

    private static void run(Connection sql, String query) throws SQLException {
        try (PreparedStatement s = sql.prepareStatement(query); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                r.getObject(1);
            }
        }
    }

    static double percentile(List<Double> values, int percentile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
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

    private static String json(String body, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(body);
        return m.find() ? m.group(1) : "?";
    }

    static HttpClient signedIn(String base, String username) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
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
            // The second step: a code from the demo account's published authenticator secret.
            String secret = vn.tincay.it.SecondFactor.secretOf(username).orElseThrow(() ->
                    new IllegalStateException("No authenticator secret known for " + username));
            Matcher codeViewState = VIEW_STATE.matcher(get(http, base + "/login-code.xhtml").body());
            if (!codeViewState.find()) {
                throw new IllegalStateException("No code form at " + base);
            }
            String code = "codeForm=codeForm&codeForm%3Acode=" + vn.tincay.it.SecondFactor.nextCode(base, username,
                    secret) + "&codeForm%3Averify=&jakarta.faces.ViewState="
                    + URLEncoder.encode(codeViewState.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> verified = http.send(HttpRequest.newBuilder(URI.create(base + "/login-code.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(code)).build(), HttpResponse.BodyHandlers.ofString());
            if (verified.statusCode() != 302 || verified.headers().firstValue("Location").orElse("")
                    .contains("/login")) {
                throw new IllegalStateException("Second sign-in step of " + username + " failed: HTTP "
                        + verified.statusCode());
            }
        }
        return http;
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
