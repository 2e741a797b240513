package vn.tincay.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import vn.tincay.it.Browser;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;

/**
 * The sign-in page's first load on a slow phone: an empty cache, DevTools' "Fast 3G" network (562.5 ms
 * round trip, 1.6 Mbit/s down, 750 kbit/s up) and a CPU four times slower, as Chrome's DevTools
 * emulate them. Reports requests, bytes transferred and the time to the load event; run with
 * {@code mvn -B -Pbenchmark verify} (results appended to target/benchmark-results.txt) or through
 * {@link #main} against a running app: {@code FirstLoadBenchmark http://127.0.0.1:8080}.
 */
@ExtendWith(TinCayServer.class)
class FirstLoadBenchmark {

    /** DevTools' "Fast 3G" preset, in bytes per second and milliseconds. */
    static final Map<String, Object> FAST_3G = Map.of("offline", false, "latency", 562.5,
            "downloadThroughput", 180_000, "uploadThroughput", 84_375);
    static final int CPU_SLOWDOWN = 4;
    static final int RUNS = Integer.getInteger("bench.firstLoadRuns", 3);

    @Test
    void signInPageOnEmulatedThreeGAndSlowCpu(RunningApp app) throws Exception {
        String report = run(app.baseUrl().toString());
        Files.writeString(Path.of(System.getProperty("tincay.buildDir", "target"), "benchmark-results.txt"), report,
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        assertTrue(report.contains("median"), report);
    }

    public static void main(String[] args) {
        System.out.print(run(args.length > 0 ? args[0] : "http://127.0.0.1:8080"));
    }

    static String run(String base) {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "First load of /login.xhtml, empty cache, Fast 3G, CPU x%d (%d runs)%n", CPU_SLOWDOWN, RUNS));
        List<Load> loads = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Load load = measure(base + "/login.xhtml");
            loads.add(load);
            report.append(String.format(Locale.ROOT, "  run %d: %2d requests, %7.1f KB transferred (%7.1f KB decoded), "
                    + "load event %5d ms, first contentful paint %5d ms%n", i + 1, load.requests, load.transferred / 1024.0,
                    load.decoded / 1024.0, load.loadMillis, load.paintMillis));
        }
        loads.sort((a, b) -> Long.compare(a.loadMillis, b.loadMillis));
        Load median = loads.get(loads.size() / 2);
        report.append(String.format(Locale.ROOT, "  median: %d requests, %.1f KB transferred, load event %d ms%n",
                median.requests, median.transferred / 1024.0, median.loadMillis));
        for (String resource : median.resources) {
            report.append("    ").append(resource).append('\n');
        }
        return report.toString();
    }

    record Load(int requests, long transferred, long decoded, long loadMillis, long paintMillis, List<String> resources) {
    }

    @SuppressWarnings("unchecked")
    static Load measure(String url) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Browser.CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--window-size=360,740");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(Browser.CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            driver.executeCdpCommand("Network.emulateNetworkConditions", FAST_3G);
            driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", CPU_SLOWDOWN));
            driver.get(url);
            Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "const report = () => {"
                    + "  const nav = performance.getEntriesByType('navigation')[0];"
                    + "  const res = performance.getEntriesByType('resource');"
                    + "  const paint = performance.getEntriesByName('first-contentful-paint')[0];"
                    + "  done({requests: 1 + res.length,"
                    + "    transferred: nav.transferSize + res.reduce((s, r) => s + r.transferSize, 0),"
                    + "    decoded: nav.decodedBodySize + res.reduce((s, r) => s + r.decodedBodySize, 0),"
                    + "    load: Math.round(nav.loadEventEnd), paint: paint ? Math.round(paint.startTime) : -1,"
                    + "    resources: [Math.round(nav.responseEnd) + ' ms page (' + nav.transferSize + ' B)'].concat(res.map(r =>"
                    + "      Math.round(r.startTime) + '-' + Math.round(r.responseEnd) + ' ms ' + r.transferSize + ' B '"
                    + "      + r.name.replace(location.origin, '')))});"
                    + "};"
                    + "if (document.readyState === 'complete') setTimeout(report, 100);"
                    + "else addEventListener('load', () => setTimeout(report, 100));");
            return new Load(((Number) result.get("requests")).intValue(), ((Number) result.get("transferred")).longValue(),
                    ((Number) result.get("decoded")).longValue(), ((Number) result.get("load")).longValue(),
                    ((Number) result.get("paint")).longValue(), (List<String>) result.get("resources"));
        } finally {
            driver.quit();
        }
    }
}
