package vn.tincay.incident.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestDatabase;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * How many SQL statements the case list, the home pages and a case page cost, counted by MariaDB
 * itself for the application's own database account (information_schema.USER_STATISTICS). The
 * number is fixed: it must not grow with the number of cases, so an N+1 query or a doubled query
 * shows up here as a failing count.
 */
@ExtendWith(TinCayServer.class)
class StatementCountIT {

    private static RunningApp app;
    private static WebClient coordinator;
    private static WebClient principal;
    private static long caseId;

    @BeforeAll
    static void signIn(RunningApp runningApp) throws SQLException {
        app = runningApp;
        try (Connection admin = TestDatabase.adminConnection(""); Statement s = admin.createStatement()) {
            s.execute("SET GLOBAL userstat = 1");
        }
        Api teacher = Api.as(app, DemoAccount.STAFF1);
        for (int i = 0; i < 3; i++) {
            caseId = teacher.file(Report.incident().yes("physicalAssault").survivor("Demo Thị Đếm " + i, 9)).id();
        }
        coordinator = new WebClient(app).signedIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
        principal = new WebClient(app).signedIn(DemoAccount.PRINCIPAL1.username(), DemoAccount.PASSWORD);
    }

    /**
     * Queries and writes (not transaction control) the application's account ran during the action; the first
     * call warms caches up. The audit sealer and other timers use the same account, so the fewest of three
     * runs is the action's own count (background work can only add to it).
     */
    private static long statements(Supplier<Integer> action) {
        assertEquals(200, (int) action.get());
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long before = counted();
            int status = action.get();
            long after = counted();
            assertEquals(200, status);
            fewest = Math.min(fewest, after - before);
        }
        return fewest;
    }

    private static long counted() {
        return number("SELECT SELECT_COMMANDS + UPDATE_COMMANDS FROM information_schema.USER_STATISTICS WHERE USER = ?",
                app.databaseUser());
    }

    /** A number MariaDB keeps about the test database or its account; 0 before there is any. */
    private static long number(String sql, String parameter) {
        try (Connection admin = TestDatabase.adminConnection(""); PreparedStatement s = admin.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Supplier<Integer> page(WebClient client, String path) {
        return () -> client.get(path).statusCode();
    }

    @Test
    void theCaseListCountsOnceAndReadsOnePageWhateverTheNumberOfCases() {
        long list = statements(page(coordinator, "/incident/list.xhtml"));
        // The bell (unread notifications, cases that need action), the schools of the filter, the bounded
        // count and the page.
        assertEquals(5, list, "statements of /incident/list.xhtml");
        Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("psychological").survivor("Demo Văn Thêm", 10));
        assertEquals(list, statements(page(coordinator, "/incident/list.xhtml")), "one case more, same statements");
    }

    @Test
    void theCaseListsPagingReadsItsRowsAloneNotTheHeadersBell() {
        String list = coordinator.get("/incident/list.xhtml").body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(list);
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(list);
        assertTrue(state.find() && nonce.find(), "the list's view state and script nonce");
        String table = URLEncoder.encode("casesForm:cases", StandardCharsets.UTF_8);
        // The paginator's request for the first page of ten, as PrimeFaces sends it.
        String nextPage = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + table
                + "&jakarta.faces.partial.execute=" + table + "&jakarta.faces.partial.render=" + table + "&" + table
                + "=" + table + "&" + table + "_pagination=true&" + table + "_skipChildren=true&" + table
                + "_encodeFeature=true&" + table + "_first=0&" + table + "_rows=10&casesForm=casesForm&primefaces.nonce="
                + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8) + "&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = coordinator.post("/incident/list.xhtml", nextPage,
                Map.of("Faces-Request", "partial/ajax"));
        assertTrue(answer.body().contains("data-ri=\"0\"") && !answer.body().contains("<title>"), answer::body);
        long paging = statements(() -> coordinator.post("/incident/list.xhtml", nextPage,
                Map.of("Faces-Request", "partial/ajax")).statusCode());
        // The page's rows (its count is the list's, read with the first page): not the bell's two counts, which the
        // header the answer does not render would show.
        assertEquals(1, paging, "statements of the list's paging");
    }

    @Test
    void theApiListIsItsPageWithItsBoundedCountInOneStatement() {
        Api api = Api.as(app, DemoAccount.COORDINATOR);
        // The district's whole list, walked in its index and counted from it.
        assertEquals(1, statements(() -> api.get("/api/v1/incidents?size=25").status()));
        assertEquals(1, statements(() -> api.get("/api/v1/incidents?sort=type&ascending=true&size=25").status()));
        // A filter that leaves few cases: read once, counted and sorted.
        assertEquals(1, statements(() -> api.get("/api/v1/incidents?status=REPORTED&sort=caseCode&size=5").status()));
        assertEquals(1, statements(() -> api.get("/api/v1/incidents?overdueOnly=true&size=5").status()));
        // Walked through the index that holds the filter in the page's order, counted in the same statement.
        assertEquals(1, statements(() -> api.get("/api/v1/incidents?status=REPORTED&sort=incidentDate&size=5")
                .status()));
        // By the urgency the filter fixes: in report-date order, one range of (district, urgency, report date).
        assertEquals(1, statements(() -> api.get("/api/v1/incidents?urgent=false&sort=urgent&size=5").status()));
        // A period: each of its years walked in the page's order, merged, counted in the same statement.
        assertEquals(1, statements(() -> api.get("/api/v1/incidents?from=2024-03-01&to=2026-12-31&sort=type&size=5")
                .status()));
        // By school name: counted, then few matches of a type sorted by their schools' names at once, not school by
        // school; none at all, counted alone.
        assertEquals(2, statements(() -> api.get("/api/v1/incidents?type=PHYSICAL_ASSAULT&sort=schoolName"
                + "&ascending=true&size=5").status()));
        assertEquals(1, statements(() -> api.get("/api/v1/incidents?openOnly=true&from=2001-01-01&to=2001-12-31"
                + "&sort=schoolName&size=5").status()));
        // A focal point's school: one range of (school, report date), counted from the school's index in the same
        // statement (two before: the count apart, each through an index MariaDB weighed thirty others for).
        Api focalPoint = Api.as(app, DemoAccount.PRINCIPAL1);
        assertEquals(1, statements(() -> focalPoint.get("/api/v1/incidents?size=25").status()));
        // A code's year: its range of V74's index in the page's order, counted in the same statement.
        int year = java.time.LocalDate.now().getYear();
        assertEquals(1, statements(() -> api.get("/api/v1/incidents?caseCode=" + year + "&sort=status&size=5")
                .status()));
    }

    @Test
    void aSchoolOfAnotherDistrictIsAnsweredEmptyWithoutReadingACase() {
        Api api = Api.as(app, DemoAccount.COORDINATOR);
        long own = Db.number(app, "SELECT school_id FROM incident WHERE id = ?", caseId);
        long province = Db.number(app, "SELECT province_id FROM district d JOIN school s ON s.district_id = d.id "
                + "WHERE s.id = ?", own);
        Db.update(app, "INSERT INTO district (province_id, code, name, office_name) VALUES (?, 'HDEMO-KHAC', "
                + "'Huyện Demo Khác', 'Phòng GD&ĐT Huyện Demo Khác')", province);
        Db.update(app, "INSERT INTO school (district_id, code, name, level, ownership) SELECT id, 'HDEMO-KHAC-THCS', "
                + "'Trường THCS Demo Khác', 'LOWER_SECONDARY', 'PUBLIC' FROM district WHERE code = 'HDEMO-KHAC'");
        try {
            long other = Db.number(app, "SELECT id FROM school WHERE code = 'HDEMO-KHAC-THCS'");
            // Her own school: the school checked, then its cases walked and counted in one statement.
            assertEquals(2, statements(() -> api.get("/api/v1/incidents?schoolId=" + own + "&size=5").status()));
            assertTrue(((Number) api.get("/api/v1/incidents?schoolId=" + own + "&size=5").json().get("total"))
                    .longValue() > 0, "her own school's cases");
            // Another district's school: the school checked, and nothing read of the cases (whose reading would take
            // the longer the more that school has).
            assertEquals(1, statements(() -> api.get("/api/v1/incidents?schoolId=" + other + "&status=CLOSED&size=5")
                    .status()));
            Map<String, Object> answer = api.get("/api/v1/incidents?schoolId=" + other + "&size=5").json();
            assertEquals(0L, ((Number) answer.get("total")).longValue(), answer::toString);
        } finally {
            Db.update(app, "DELETE FROM school WHERE code = 'HDEMO-KHAC-THCS'");
            Db.update(app, "DELETE FROM district WHERE code = 'HDEMO-KHAC'");
        }
    }

    @Test
    void sortingANameSearchAgainWeighsTheSearchedWordsOnce() {
        Api api = Api.as(app, DemoAccount.COORDINATOR);
        // The first search of a name: the fewest of three names no earlier search used (background work can only
        // add to a count).
        long first = Long.MAX_VALUE;
        String name = null;
        for (int run = 0; run < 3; run++) {
            name = "Demo Thị Đếm Lần" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "") + "x";
            long before = counted();
            assertEquals(200, search(api, name, "reportedDate"));
            first = Math.min(first, counted() - before);
        }
        String searched = name;
        long next = statements(() -> search(api, searched, "caseCode"));
        // The first search weighs the words, reads the page with its count and records the search; sorting or
        // paging it again skips the weighing.
        assertEquals(first - 1, next, "first search " + first + " statements, sorted again " + next);
    }

    private static int search(Api api, String name, String sort) {
        return api.post("/api/v1/incidents/search", java.util.Map.of("filter", java.util.Map.of("survivorName", name),
                "sort", sort, "size", 25)).status();
    }

    @Test
    void theCoordinatorsHomePageRunsAFixedSmallNumberOfStatements() {
        long home = statements(page(coordinator, "/district/index.xhtml"));
        // Bell (two counts), the drafts in progress, needs (one statement for every box), recent cases, district,
        // schools, services, and the report deadlines of the year's two reporting periods with their counts of
        // schools and reports (about ten statements, the same however many schools and reports there are).
        assertTrue(home <= 22, "statements of the district home page: " + home);
        Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("physicalAssault").urgent().survivor("Demo Thị Khẩn", 9));
        assertEquals(home, statements(page(coordinator, "/district/index.xhtml")), "one case more, same statements");
    }

    @Test
    void theSchoolHomePageRunsAFixedSmallNumberOfStatements() {
        long home = statements(page(principal, "/school/index.xhtml"));
        assertTrue(home <= 10, "statements of the school home page: " + home);
        Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("psychological").survivor("Demo Thị Nữa", 9));
        assertEquals(home, statements(page(principal, "/school/index.xhtml")), "one case more, same statements");
    }

    @Test
    void aCasePageReadsTheIncidentOnce() {
        // One read of the incident by its id, not one per section. The layout around it (the bell's counts)
        // may read cases by id too, depending on how many there are: a page with the same layout and no case
        // is the baseline. The fewest of three loads each, as the server's background jobs may read meanwhile.
        long casePage = fewestIncidentReads("/incident/view.xhtml?id=" + caseId);
        long layoutOnly = fewestIncidentReads("/account/password.xhtml");
        assertEquals(1, casePage - layoutOnly, "case page " + casePage + ", layout alone " + layoutOnly);
    }

    private static long fewestIncidentReads(String path) {
        assertEquals(200, coordinator.get(path).statusCode());
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long before = incidentReadsByPrimaryKey();
            assertEquals(200, coordinator.get(path).statusCode());
            fewest = Math.min(fewest, incidentReadsByPrimaryKey() - before);
        }
        return fewest;
    }

    /** How many incident rows were read by primary key in the test database, from MariaDB's index statistics. */
    private static long incidentReadsByPrimaryKey() {
        return number("SELECT ROWS_READ FROM information_schema.INDEX_STATISTICS WHERE TABLE_SCHEMA = ? "
                + "AND TABLE_NAME = 'incident' AND INDEX_NAME = 'PRIMARY'", app.databaseName());
    }
}
