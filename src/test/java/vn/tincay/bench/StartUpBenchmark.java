package vn.tincay.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, as a developer runs it after the first build: the time from the command to the
 * first answer of the sign-in page, Maven's part of it and Payara's own "ready in", and the server's resident
 * memory after 30 s idle. The command is read from README.md (its first code block), run in the project directory
 * on port 8080, and stopped as Ctrl-C stops it (SIGTERM). The first start is reported on its own line and not
 * counted: it records the class data sharing archive at its stop if there is none yet, and otherwise finds the build
 * this run made with the benchmark profile to bring up to date. The targets: 15 s and 400 MB.
 * Run with {@code mvn -B -Pbenchmark -Dbench.skipLoad -Dit.test=StartUpBenchmark verify}; results are appended to
 * target/benchmark-results.txt.
 */
class StartUpBenchmark {

    static final int RUNS = Integer.getInteger("bench.startRuns", 3);
    static final Duration IDLE = Duration.ofSeconds(Long.getLong("bench.startIdleSeconds", 30));
    static final Duration TIMEOUT = Duration.ofMinutes(5);
    static final double TARGET_SECONDS = 15;
    static final long TARGET_MB = 400;
    private static final Pattern READY = Pattern.compile("ready in ([0-9,.]+) \\(ms\\)");
    private static final Pattern STARTING = Pattern.compile("Starting Payara Micro with the");

    @Test
    void theReadmeCommandToTheSignInPage() throws Exception {
        Path project = Path.of(System.getProperty("tincay.projectDir", ".")).toAbsolutePath().normalize();
        List<String> command = readmeStartCommand(project.resolve("README.md"));
        assertTrue(portIsFree(8080), "port 8080 must be free for the README's start");
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Start-up: `%s` to HTTP 200 of /login.xhtml, then RSS after %d s idle "
                        + "(%d runs; targets %.0f s, %d MB)%n",
                String.join(" ", command), IDLE.toSeconds(), RUNS, TARGET_SECONDS, TARGET_MB));
        boolean recording = !archiveRecorded(project);
        Start first = start(project, command, false);
        report.append(String.format(Locale.ROOT, "  first start, not counted (%s): %.1f s (Maven %.1f s)%n",
                recording ? "records the class data sharing archive at its stop"
                        : "Maven brings the build made by this run up to date for the demo",
                first.seconds(), first.mavenSeconds()));
        assertTrue(archiveRecorded(project), "the first start's stop records the archive");
        List<Start> starts = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Start start = start(project, command, true);
            starts.add(start);
            report.append(String.format(Locale.ROOT, "  run %d: %5.1f s to the sign-in page (Maven %4.1f s, "
                    + "Payara's \"ready in\" %4.1f s), RSS %d MB after %d s idle%n", i + 1, start.seconds(),
                    start.mavenSeconds(), start.readySeconds(), start.rssMb(), IDLE.toSeconds()));
        }
        double median = PerformanceBenchmark.percentile(starts.stream().map(Start::seconds).toList(), 50);
        long maxRss = starts.stream().mapToLong(Start::rssMb).max().orElseThrow();
        report.append(String.format(Locale.ROOT,
                "  median %.1f s (target %.0f s: %s); largest RSS %d MB (target %d MB: %s)%n%n", median,
                TARGET_SECONDS, median <= TARGET_SECONDS ? "met" : "not met", maxRss, TARGET_MB,
                maxRss <= TARGET_MB ? "met" : "not met"));
        Files.writeString(Path.of(System.getProperty("tincay.buildDir", "target"), "benchmark-results.txt"), report,
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.print(report);
        assertEquals(RUNS, starts.size(), report.toString());
        assertTrue(starts.stream().allMatch(s -> s.rssMb() > 0 && s.readySeconds() > 0), report.toString());
    }

    /** The first fenced code block of the README: the command that builds and starts the app. */
    static List<String> readmeStartCommand(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        int open = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```")) {
                if (open < 0) {
                    open = i;
                } else {
                    return Arrays.asList(String.join(" ", lines.subList(open + 1, i)).trim().split("\\s+"));
                }
            }
        }
        throw new AssertionError("README.md has no code block with the start command");
    }

    static boolean archiveRecorded(Path project) throws IOException {
        try (Stream<Path> files = Files.find(project.resolve("target"), 2,
                (p, a) -> p.getFileName().toString().endsWith(".jsa"))) {
            return files.findAny().isPresent();
        }
    }

    /** Starts the command, waits for the sign-in page, optionally waits idle and reads the server's RSS, stops it. */
    static Start start(Path project, List<String> command, boolean measureMemory) throws Exception {
        long begin = System.nanoTime();
        Process maven = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        Output output = new Output(maven, begin);
        try {
            double seconds = waitForSignInPage(maven, begin, output);
            long rss = 0;
            if (measureMemory) {
                Thread.sleep(IDLE.toMillis());
                rss = server(maven).map(StartUpBenchmark::rssMb).orElse(0L);
            }
            return new Start(seconds, output.mavenSeconds(), output.readySeconds(), rss);
        } finally {
            stop(maven);
            output.join();
        }
    }

    static double waitForSignInPage(Process maven, long begin, Output output) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/login.xhtml"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = begin + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!maven.isAlive()) {
                throw new AssertionError("the start command ended (" + maven.exitValue() + "):\n" + output.tail());
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - begin) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no sign-in page within " + TIMEOUT + ":\n" + output.tail());
    }

    /** The Payara Micro JVM the plugin started: the descendant whose command runs Payara Micro. */
    static Optional<ProcessHandle> server(Process maven) {
        return maven.descendants().filter(p -> p.info().commandLine().orElse("").contains("payara-micro")
                && !p.info().commandLine().orElse("").contains("payara-micro:start")).findFirst();
    }

    static long rssMb(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As Ctrl-C: SIGTERM to the server (which then records the archive if asked to), then Maven. */
    static void stop(Process maven) throws InterruptedException {
        Optional<ProcessHandle> server = server(maven);
        server.ifPresent(ProcessHandle::destroy);
        if (server.isPresent()) {
            server.get().onExit().completeOnTimeout(null, 120, TimeUnit.SECONDS).join();
        }
        if (!maven.waitFor(10, TimeUnit.SECONDS)) {
            maven.descendants().forEach(ProcessHandle::destroy);
            maven.destroy();
            if (!maven.waitFor(20, TimeUnit.SECONDS)) {
                maven.descendants().forEach(ProcessHandle::destroyForcibly);
                maven.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    record Start(double seconds, double mavenSeconds, double readySeconds, long rssMb) {
    }

    /** Reads the command's output as it comes: when the plugin launched Payara, and Payara's "ready in". */
    static final class Output extends Thread {
        private final Process process;
        private final long begin;
        private final Deque<String> lines = new ArrayDeque<>();
        private volatile double mavenSeconds;
        private volatile double readySeconds;

        Output(Process process, long begin) {
            this.process = process;
            this.begin = begin;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (mavenSeconds == 0 && STARTING.matcher(line).find()) {
                        mavenSeconds = (System.nanoTime() - begin) / 1e9;
                    }
                    Matcher ready = READY.matcher(line);
                    if (ready.find()) {
                        readySeconds = Double.parseDouble(ready.group(1).replace(",", "").replace(".", "")) / 1000;
                    }
                    synchronized (lines) {
                        lines.addLast(line);
                        if (lines.size() > 200) {
                            lines.removeFirst();
                        }
                    }
                }
            } catch (IOException ended) {
                // the process ended
            }
        }

        double mavenSeconds() {
            return mavenSeconds;
        }

        double readySeconds() {
            return readySeconds;
        }

        String tail() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }
    }

    static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
