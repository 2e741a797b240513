package vn.tincay.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged WAR running on Payara Micro in a child process on a free port of 127.0.0.1, as
 * close to production as a test gets. The WAR, the Payara Micro jar and the build directory come
 * from the system properties {@code tincay.war}, {@code tincay.payaraMicro} and
 * {@code tincay.buildDir}, which failsafe sets.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    /**
     * Boot takes 20-30 s on an idle 2-core machine, but several minutes on a heavily loaded one;
     * a failed deployment is noticed sooner anyway. Override with -Dtincay.it.startTimeoutSeconds.
     */
    static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("tincay.it.startTimeoutSeconds", 300));
    /** After Payara says it is ready, the application gets this long to report UP. */
    private static final Duration READY_GRACE = Duration.ofSeconds(90);
    /**
     * The server runs in Vietnam's zone, not the test machine's (UTC here), so that a time stored
     * in local time rather than UTC shows up as a seven-hour difference.
     */
    static final String SERVER_TIME_ZONE = "Asia/Ho_Chi_Minh";

    private final Process process;
    private final int port;
    private final Path log;
    private final Path rootDir;
    private final Thread shutdownHook;

    private PayaraMicroProcess(Process process, int port, Path log, Path rootDir) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.rootDir = rootDir;
        this.shutdownHook = new Thread(this::stopProcess, "stop Payara Micro " + process.pid());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the application and waits until /health/ready answers UP.
     *
     * @param environment the application's settings; every other {@code TINCAY_*} variable of the
     *                    test JVM is removed, so the defaults apply unless given here
     * @param workingDirectory where the process runs (the embedded database lives under it)
     * @param logName file under the build directory that receives the server's output
     */
    public static PayaraMicroProcess start(Map<String, String> environment, Path workingDirectory, String logName) {
        return start(environment, workingDirectory, logName, false);
    }

    /**
     * As {@link #start(Map, Path, String)}; a short-lived server, which only boots and answers a few
     * requests, skips the optimising JIT compiler: that saves about a third of the boot's CPU time.
     */
    public static PayaraMicroProcess start(Map<String, String> environment, Path workingDirectory, String logName,
                                           boolean shortLived) {
        return start(environment, workingDirectory, logName, shortLived, true);
    }

    /**
     * As {@link #start(Map, Path, String, boolean)}; with {@code requireReady} false, waits only until
     * the application is deployed and answers its readiness check, UP or DOWN.
     */
    public static PayaraMicroProcess start(Map<String, String> environment, Path workingDirectory, String logName,
                                           boolean shortLived, boolean requireReady) {
        return start(environment, workingDirectory, logName, shortLived, requireReady, singleNode(), freePort());
    }

    /**
     * Payara Micro's options of a single node, as the application is started by default: no data grid, and
     * plain in-memory sessions (web availability off, src/main/payara/single-node-preboot.txt).
     */
    public static List<String> singleNode() {
        Path preboot = Paths.get(System.getProperty("tincay.singleNodePreboot",
                "src/main/payara/single-node-preboot.txt")).toAbsolutePath();
        if (!Files.isRegularFile(preboot)) {
            throw new IllegalStateException(preboot + " does not exist: set -Dtincay.singleNodePreboot (failsafe does)");
        }
        return List.of("--nocluster", "--prebootcommandfile", preboot.toString());
    }

    /**
     * As {@link #start(Map, Path, String, boolean, boolean)}, with Payara Micro's own options for its data
     * grid (by default {@link #singleNode()}) and the HTTP port.
     */
    public static PayaraMicroProcess start(Map<String, String> environment, Path workingDirectory, String logName,
                                           boolean shortLived, boolean requireReady, List<String> clusterOptions,
                                           int port) {
        Path buildDir = buildDir();
        Path log = buildDir.resolve(logName);
        Path rootDir = buildDir.resolve("it-payara-" + TestDatabase.randomHex(4));
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx768m", "-Dhazelcast.phone.home.enabled=false",
                "-Duser.timezone=" + SERVER_TIME_ZONE));
        if (shortLived) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        // Extra JVM options for the servers of a run, e.g. a flight recording while benchmarking.
        String extra = System.getProperty("tincay.serverJvmOptions", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of(
                "-jar", existing("tincay.payaraMicro", "payara-micro.jar").toString(),
                "--deploy", existing("tincay.war", "tincay.war").toString(),
                "--contextroot", "/",
                "--disablephonehome",
                "--port", String.valueOf(port),
                "--rootDir", rootDir.toString()));
        command.addAll(clusterOptions);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("TINCAY_"));
        builder.environment().putAll(environment);
        Process process;
        try {
            Files.createDirectories(workingDirectory);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Payara Micro: " + command, e);
        }
        PayaraMicroProcess server = new PayaraMicroProcess(process, port, log, rootDir);
        try {
            server.awaitReady(requireReady);
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    /** The last lines the server wrote, for failure messages. */
    public String logTail(int lines) {
        return tail(log, lines);
    }

    private void awaitReady(boolean requireReady) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(baseUrl().resolve("/health/ready"))
                .timeout(Duration.ofSeconds(15)).GET().build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        long bootedAt = 0;
        String lastAnswer = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with code " + process.exitValue()
                        + " before the application was ready. End of " + log + ":\n" + logTail(60));
            }
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                lastAnswer = answer.statusCode() + " " + answer.body();
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
                if (!requireReady && answer.body().contains("\"database\"")) {
                    return;
                }
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
            }
            if (bootedAt == 0 && logSaysBooted()) {
                bootedAt = System.nanoTime();
            }
            if (bootedAt != 0 && (lastAnswer.contains("No Application deployed")
                    || System.nanoTime() - bootedAt > READY_GRACE.toNanos())) {
                // Payara deploys before it logs "ready in": no application by then means a failed deployment.
                throw new IllegalStateException("Payara Micro started but the application never became ready ("
                        + lastAnswer + "). End of " + log + ":\n" + logTail(60));
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("The application was not ready after " + START_TIMEOUT + " (" + lastAnswer
                + "). End of " + log + ":\n" + logTail(60));
    }

    private boolean logSaysBooted() {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.anyMatch(line -> line.contains("Payara Micro") && line.contains(" ready in "));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Ends the process at once (SIGKILL, as kill -9): no shutdown, no goodbye to the cluster. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the server by its process id: politely first, then forcibly. */
    @Override
    public void close() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook runs or has run.
        }
        deleteTree(rootDir);
    }

    private void stopProcess() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public static Path buildDir() {
        return Paths.get(System.getProperty("tincay.buildDir", "target")).toAbsolutePath();
    }

    private static Path existing(String property, String defaultName) {
        String configured = System.getProperty(property);
        Path path = configured != null ? Paths.get(configured) : buildDir().resolve(defaultName);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " does not exist: run the integration tests with `mvn verify`, "
                    + "which packages the WAR and copies Payara Micro first");
        }
        return path.toAbsolutePath();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        }
    }

    static String tail(Path file, int count) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()))
                    .replaceAll("\u001B\\[[0-9;]*m", "");
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + file + ": " + e + ")";
        }
    }

    public static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + root + ": " + e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** A data key for test servers only (32 bytes, Base64); production keys come from the environment. */
    public static final String TEST_DATA_KEY = "kt:" + java.util.Base64.getEncoder().encodeToString(
            "tin-cay-test-key-not-for-real-use".substring(0, 32).getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    /** An audit key for test servers only (32 bytes, Base64, id "at"): tests recompute the MACs with it. */
    public static final String TEST_AUDIT_KEY = "at:" + java.util.Base64.getEncoder().encodeToString(
            "tin-cay-audit-key-only-for-tests".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    /** Environment for an application on the given database, with demo data. */
    public static Map<String, String> mySqlEnvironment(String jdbcUrl, String user, String password) {
        // The demo teachers file far more reports an hour than a real one could, so the shared server
        // allows them more duplicate lookups; the limit itself is tested on a server of its own.
        return Map.of("TINCAY_DB_URL", jdbcUrl, "TINCAY_DB_USER", user, "TINCAY_DB_PASSWORD", password,
                "TINCAY_DEMO_DATA", "true", "TINCAY_DATA_KEY", TEST_DATA_KEY, "TINCAY_AUDIT_KEY", TEST_AUDIT_KEY,
                "TINCAY_DUPLICATES_MAX_PER_HOUR", "5000");
    }
}
