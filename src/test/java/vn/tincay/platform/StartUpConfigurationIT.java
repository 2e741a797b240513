package vn.tincay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.PayaraMicroProcess;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestDatabase;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * How the application starts with other settings than the shared test server's. Each test boots a
 * server of its own (20-30 s), so keep such tests here and few.
 */
class StartUpConfigurationIT {

    @Test
    void withoutDatabaseSettingsTheEmbeddedDatabaseStartsWithTheDemoDataAndCallsNobody() throws IOException {
        // The server's HTTP and HTTPS proxy is a socket of this test: every web request the server would
        // send out (a vendor's usage report, a cloud metadata probe) arrives here instead.
        try (ServerSocket proxy = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
             RunningApp app = TinCayServer.startSeparately(Map.of("JAVA_TOOL_OPTIONS", proxyOptions(proxy)),
                     "it-server-embedded.log")) {
            WebClient admin = new WebClient(app).signedIn(DemoAccount.ADMIN.username(), DemoAccount.PASSWORD);
            HttpResponse<String> adminHome = admin.get("/home.xhtml");
            WebClient staff = new WebClient(app).signedIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD);
            WebClient.Page school = staff.open("/school/index.xhtml");

            assertEquals(app.url(DemoAccount.ADMIN.home()), adminHome.headers().firstValue("Location").orElse(""));
            assertEquals(200, school.status());
            assertTrue(school.document().text().contains("Trường Tiểu học Demo Sao Mai"), "the demo school is shown");
            // The coordinator's home page: what needs action, counted by the embedded database's own SQL.
            WebClient.Page district = new WebClient(app).signedIn(DemoAccount.COORDINATOR.username(),
                    DemoAccount.PASSWORD).open(DemoAccount.COORDINATOR.home());
            assertEquals(200, district.status());
            assertTrue(district.document().select("#needs li").size() == 5
                    && district.document().getElementById("need-OVERDUE_NEXT_STEPS") != null, district.document().text());
            assertTrue(Files.isRegularFile(app.workingDirectory().resolve("data/tincay.mv.db")),
                    "the embedded database lives in ./data of the working directory");
            for (String key : new String[] {"data.key", "audit.key"}) {
                java.nio.file.Path file = app.workingDirectory().resolve("data").resolve(key);
                assertTrue(Files.isRegularFile(file), "the demo keeps its own " + key + " beside its database");
                assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(file)), key + " is readable by the application's user only");
            }
            assertTrue(app.logSince(0).contains("Picked up JAVA_TOOL_OPTIONS: " + proxyOptions(proxy)),
                    "the server was given the proxy");
            // Payara and Hazelcast report home within seconds of starting unless told not to.
            assertEquals(List.of(), requestsTo(proxy), "web requests the server sent out");
            // A single node runs no data grid (src/main/payara/single-node-preboot.txt); its timers run on
            // Payara's non-persistent timer service (the audit chain's tests seal on such a node).
            assertFalse(app.logSince(0).contains("Hazelcast Instance Bound"), "the single node started a data grid");
        }
    }

    private static String proxyOptions(ServerSocket proxy) {
        int port = proxy.getLocalPort();
        return "-Dhttp.proxyHost=127.0.0.1 -Dhttp.proxyPort=" + port + " -Dhttps.proxyHost=127.0.0.1 -Dhttps.proxyPort="
                + port;
    }

    /** The first line of each request waiting at the proxy socket. */
    private static List<String> requestsTo(ServerSocket proxy) throws IOException {
        List<String> requests = new ArrayList<>();
        proxy.setSoTimeout(500);
        while (true) {
            Socket client;
            try {
                client = proxy.accept();
            } catch (SocketTimeoutException none) {
                return requests;
            }
            try (client) {
                client.setSoTimeout(2000);
                requests.add(String.valueOf(new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.ISO_8859_1)).readLine()));
            } catch (SocketTimeoutException silent) {
                requests.add("(a connection without a request line)");
            }
        }
    }

    @Test
    void anEmptyDatabasePasswordFromTheEnvironmentIsUsedAsSuch() {
        // Development and CI databases often have a root account without a password.
        try (TestDatabase database = TestDatabase.create()) {
            String userWithoutPassword = database.addUserWithoutPassword();
            RunningApp app;
            try {
                app = TinCayServer.startSeparately(Map.of(
                        "TINCAY_DB_URL", database.applicationUrl(),
                        "TINCAY_DB_USER", userWithoutPassword,
                        "TINCAY_DB_PASSWORD", "",
                        "TINCAY_DATA_KEY", PayaraMicroProcess.TEST_DATA_KEY,
                        "TINCAY_AUDIT_KEY", PayaraMicroProcess.TEST_AUDIT_KEY,
                        "TINCAY_DEMO_DATA", "true"), "it-server-empty-password.log");
            } catch (IllegalStateException notStarted) {
                throw new AssertionError("The application did not start with an empty TINCAY_DB_PASSWORD: "
                        + notStarted.getMessage(), notStarted);
            }
            try (app) {
                WebClient admin = new WebClient(app).signedIn(DemoAccount.ADMIN.username(), DemoAccount.PASSWORD);
                assertEquals(302, admin.get("/home.xhtml").statusCode());
            }
        }
    }
}
