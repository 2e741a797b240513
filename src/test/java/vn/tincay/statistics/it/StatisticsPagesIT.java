package vn.tincay.statistics.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/** The coordinator's dashboard and XLSX export, and the province's anonymous statistics. */
@ExtendWith(TinCayServer.class)
class StatisticsPagesIT {

    private static final Pattern CASE_CODE = Pattern.compile("HDEMO-\\d{4}-\\d{4}");
    private static RunningApp app;
    private static WebClient coordinator;

    @BeforeAll
    static void signIn(RunningApp runningApp) {
        app = runningApp;
        coordinator = new WebClient(app).signedIn("coordinator", DemoAccount.PASSWORD);
    }

    private static HttpResponse<byte[]> send(WebClient client, HttpRequest.Builder request) throws Exception {
        String session = client.cookie(WebClient.SESSION_COOKIE).orElseThrow();
        return HttpClient.newHttpClient().send(
                request.header("Cookie", WebClient.SESSION_COOKIE + "=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theCoordinatorsDashboardOpensAndExportsAnXlsxWithNamedSheets() throws Exception {
        assertEquals(200, coordinator.get("/statistics/index.xhtml").statusCode());

        HttpResponse<byte[]> xlsx = send(coordinator, HttpRequest.newBuilder(URI.create(app.url("/statistics/export.xlsx"))).GET());

        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertTrue(names.size() > 1, names.toString());
            assertTrue(names.contains("Theo loại"), names.toString());
            assertTrue(names.contains("Theo tháng"), names.toString());
        }
    }

    @Test
    void theProvinceSeesNoCaseCodeAndSmallCountsOnlyAsLessThanFive() throws Exception {
        WebClient staff = new WebClient(app).signedIn("staff1", DemoAccount.PASSWORD);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        for (int i = 1; i <= 2; i++) {
            LocalDate day = today.minusDays(i);
            if (day.getYear() != today.getYear()) {
                day = today;
            }
            String json = "{\"incidentDate\":\"" + day + "\",\"reportedDate\":\"" + today + "\","
                    + "\"placeType\":\"SCHOOL_PREMISES\",\"narrative\":\"Sự việc thử nghiệm " + i + "\","
                    + "\"answers\":{\"penetration\":\"NO\",\"sexualContact\":\"NO\",\"forcedMarriage\":\"NO\","
                    + "\"denial\":\"NO\",\"" + (i == 1 ? "physicalAssault\":\"YES\",\"psychological\":\"NO\"}"
                    : "physicalAssault\":\"NO\",\"psychological\":\"YES\"}") + ","
                    + "\"consentGivenBy\":\"SURVIVOR\",\"consentToStatistics\":true}";
            HttpResponse<byte[]> filed = send(staff, HttpRequest.newBuilder(URI.create(app.url("/api/v1/incidents")))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
            assertEquals(201, filed.statusCode(), new String(filed.body()));
        }
        assertTrue(countIncidents() >= 2, "the incidents were not filed");

        WebClient province = new WebClient(app).signedIn("province", DemoAccount.PASSWORD);
        WebClient.Page page = province.open("/province/index.xhtml");

        assertEquals(200, page.status());
        assertFalse(CASE_CODE.matcher(page.response().body()).find(), "a case code on the province page");
        assertEquals("< 5", page.document().getElementById("provinceStatsTotal").text());
        for (Element cell : page.document().select("#provinceStats td, #provinceStats .tc-show-value")) {
            String text = cell.text().strip();
            assertFalse(text.matches("[1-4]"), "a count from 1 to 4 is shown: " + cell.outerHtml());
        }
    }

    private static int countIncidents() throws Exception {
        try (var db = app.connect(); var select = db.createStatement();
             var row = select.executeQuery("SELECT COUNT(*) FROM incident")) {
            row.next();
            return row.getInt(1);
        }
    }
}
