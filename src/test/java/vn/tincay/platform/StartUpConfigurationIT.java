package vn.tincay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
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
    void withoutDatabaseSettingsTheEmbeddedDatabaseStartsWithTheDemoData() throws java.io.IOException {
        try (RunningApp app = TinCayServer.startWithEmbeddedDatabase()) {
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
