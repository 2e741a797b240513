package vn.tincay.platform.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.PayaraMicroProcess;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestDatabase;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.security.crypto.DataKeys;

/**
 * The restore drill of docs/operations.md, run as an operator would run it (src/main/scripts/restore-drill.sh)
 * against MariaDB: a database with invented cases is dumped, restored into a new database, compared table by
 * table, the application starts on the copy, and the sampled identities open with the data key from the key
 * backup. Then the same restored data refuses a wrong key.
 */
class RestoreDrillIT {

    private static final int CASES = 120;
    private static RunningApp source;
    private static Path work;
    private static String target;
    private static Process drill;
    private static String output;

    @BeforeAll
    static void runTheDrillOnAQuietDatabaseWithCases() throws Exception {
        source = TinCayServer.startOnOwnDatabase(Map.of("TINCAY_DEMO_GENERATE_INCIDENTS", String.valueOf(CASES)),
                "it-server-restore-source.log");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (identities() < CASES && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        assertTrue(identities() >= CASES, "the invented cases were written");
        // Sign-ins are audited: the chain gets rows and a signed end for the drill to verify.
        new WebClient(source).signedIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD);
        new WebClient(source).signedIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
        long sealDeadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (sealed() < 2 && System.nanoTime() < sealDeadline) {
            Thread.sleep(500);
        }
        assertTrue(sealed() >= 2, "the sign-ins were sealed into the chain");
        source.stopServer();

        work = Files.createTempDirectory(PayaraMicroProcess.buildDir(), "restore-drill-");
        target = source.databaseName() + "_restored";
        Path script = Paths.get(System.getProperty("tincay.scripts", "src/main/scripts"), "restore-drill.sh");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("drill.log").toFile());
        String[] address = TestDatabase.serverAddress().split(":");
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("TINCAY_") || name.startsWith("DRILL_"));
        env.putAll(Map.of("DRILL_SOURCE_DB", source.databaseName(), "DRILL_TARGET_DB", target,
                "MYSQL_HOST", address[0], "MYSQL_PORT", address.length > 1 ? address[1] : "3306",
                "MYSQL_USER", TestDatabase.adminUser(), "MYSQL_PASSWORD", TestDatabase.adminPassword(),
                "DRILL_WORK", work.toString(), "DRILL_KEEP", "1", "DRILL_PORT", String.valueOf(freePort()),
                "DRILL_SAMPLE", "40"));
        env.putAll(Map.of("TINCAY_WAR", System.getProperty("tincay.war", "target/tincay.war"),
                "PAYARA_MICRO", System.getProperty("tincay.payaraMicro", "target/payara-micro.jar"),
                "TINCAY_DATA_KEY", PayaraMicroProcess.TEST_DATA_KEY, "TINCAY_AUDIT_KEY", PayaraMicroProcess.TEST_AUDIT_KEY,
                "JAVA", Paths.get(System.getProperty("java.home"), "bin", "java").toString()));
        drill = builder.start();
        assertTrue(drill.waitFor(6, TimeUnit.MINUTES), "the drill ended");
        output = Files.readString(work.resolve("drill.log"), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void dropEverything() throws Exception {
        if (target != null) {
            try (Connection admin = TestDatabase.adminConnection(""); Statement sql = admin.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS `" + target + "`");
                try (ResultSet users = sql.executeQuery("SELECT user FROM mysql.user WHERE user LIKE 'drill\\_%'")) {
                    java.util.List<String> names = new java.util.ArrayList<>();
                    while (users.next()) {
                        names.add(users.getString(1));
                    }
                    for (String name : names) {
                        sql.execute("DROP USER IF EXISTS '" + name + "'@'%'");
                    }
                }
            }
        }
        if (source != null) {
            source.close();
        }
    }

    @Test
    void theDrillPassesEveryStep() {
        assertEquals(0, drill.exitValue(), output);
        assertTrue(output.contains("all ") && output.contains(" tables match"), output);
        assertTrue(output.contains("application ready on " + target), output);
        assertTrue(output.contains("audit chain's end verified"), output);
        assertTrue(output.contains("identities sampled: 40, decrypted: 40, name index matches: 40"), output);
        assertTrue(output.contains("audit chain end: verified with the audit key"), output);
        assertTrue(output.contains("restore drill passed"), output);
    }

    @Test
    void theRestoredTablesHoldWhatTheSourceHeld() throws Exception {
        String checksums = Files.readString(work.resolve("checksums.txt"), StandardCharsets.UTF_8);
        String cases = " " + identities() + " ";
        assertTrue(checksums.lines().anyMatch(line -> line.startsWith("incident ") && line.contains(cases)),
                checksums);
        assertTrue(checksums.lines().anyMatch(line -> line.startsWith("audit_event ")), checksums);
        assertFalse(checksums.contains("DIFFERS"), checksums);
        assertFalse(output.contains("Lê") || output.contains("Nguyễn"), "no name in the drill's output");
    }

    @Test
    void theRestoredIdentitiesRefuseAKeyThatIsNotTheBackedUpOne() throws Exception {
        String wrongKey = "kt:" + Base64.getEncoder().encodeToString(new byte[32]);
        RestoreCheck.Result right = RestoreCheck.check(restored(), DataKeys.parse(PayaraMicroProcess.TEST_DATA_KEY, null), 10);
        RestoreCheck.Result wrong = RestoreCheck.check(restored(), DataKeys.parse(wrongKey, null), 10);
        assertTrue(right.passed(), right::toString);
        assertFalse(wrong.passed(), wrong::toString);
        assertEquals(0, wrong.decrypted());
    }

    @Test
    void theRestoredAuditChainRefusesAnAuditKeyThatIsNotTheBackedUpOne() throws Exception {
        String wrongKey = "at:" + Base64.getEncoder().encodeToString(new byte[32]);
        try (Connection db = restored()) {
            assertEquals(java.util.Optional.of(true), vn.tincay.audit.AuditHeadCheck.verifies(db,
                    PayaraMicroProcess.TEST_AUDIT_KEY));
            assertEquals(java.util.Optional.of(false), vn.tincay.audit.AuditHeadCheck.verifies(db, wrongKey));
        }
    }

    private static long sealed() throws Exception {
        try (Connection db = source.connect(); Statement sql = db.createStatement();
             ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM audit_event WHERE seq IS NOT NULL")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static Connection restored() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://" + TestDatabase.serverAddress() + "/" + target
                + "?connectionTimeZone=UTC&characterEncoding=UTF-8", TestDatabase.adminUser(), TestDatabase.adminPassword());
    }

    private static long identities() throws Exception {
        try (Connection db = source.connect(); Statement sql = db.createStatement();
             ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM incident WHERE survivor_name_enc IS NOT NULL")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
