package vn.tincay.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.Report;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;

/**
 * Memory does not grow with the number of writes: after hundreds of inserts the server holds no more
 * JDBC statements or result sets than before (counted among the live objects of the server's heap,
 * after a full collection, with the JDK's own jcmd).
 */
@ExtendWith(TinCayServer.class)
class NoStatementLeakIT {

    private static final String STATEMENT = "com.mysql.cj.jdbc.ClientPreparedStatement";
    private static final String RESULT_SET = "com.mysql.cj.jdbc.result.ResultSetImpl";
    private static final int WRITES = 300;

    @Test
    void hundredsOfWritesLeaveNoStatementOrResultSetBehind(RunningApp app) throws Exception {
        Api.Filed filed = Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("psychological"));
        Api coordinator = Api.as(app, DemoAccount.COORDINATOR);
        writeEntries(coordinator, filed, 30);
        Map<String, Long> before = live(app);

        writeEntries(coordinator, filed, WRITES);

        Map<String, Long> after = live(app);
        // Before the fix every insert left one of each: a growth of WRITES or more.
        assertTrue(after.get(STATEMENT) - before.get(STATEMENT) < WRITES / 10, () -> before + " -> " + after);
        assertTrue(after.get(RESULT_SET) - before.get(RESULT_SET) < WRITES / 10, () -> before + " -> " + after);
    }

    private static void writeEntries(Api coordinator, Api.Filed filed, int count) {
        for (int i = 0; i < count; i++) {
            Api.Answer answer = coordinator.post("/api/v1/incidents/" + filed.id() + "/coordination-entries",
                    Map.of("agency", "POLICE", "actionTaken", "Xác minh lần " + i));
            assertEquals(201, answer.status(), answer::toString);
        }
    }

    /** Live instances of the two classes in the server, counted after a full collection. */
    private static Map<String, Long> live(RunningApp app) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process histogram = new ProcessBuilder(jcmd.toString(), String.valueOf(app.pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String output = new String(histogram.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(histogram.waitFor(2, TimeUnit.MINUTES), "jcmd finished");
        assertEquals(0, histogram.exitValue(), output);
        return Map.of(STATEMENT, count(output, STATEMENT), RESULT_SET, count(output, RESULT_SET));
    }

    private static long count(String histogram, String type) {
        return histogram.lines()
                .map(line -> line.trim().split("\\s+"))
                .filter(columns -> columns.length >= 4 && columns[3].equals(type))
                .mapToLong(columns -> Long.parseLong(columns[1]))
                .findFirst().orElse(0);
    }
}
