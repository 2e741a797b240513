package vn.tincay.platform.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;

/**
 * What a slow phone downloads to show the sign-in page: text compressed with gzip, static files with a version
 * in their URL and cached for a year, pages never cached, and no widget scripts on a page that needs none.
 * (How long it takes on emulated 3G is measured by FirstLoadBenchmark.)
 */
@ExtendWith(TinCayServer.class)
class FirstLoadIT {

    static final long BUDGET_BYTES = 400 * 1024;
    private static final long ONE_YEAR_SECONDS = 31_536_000;
    private static final int COMPRESSION_THRESHOLD = 500;

    private static RunningApp app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void remember(RunningApp runningApp) {
        app = runningApp;
    }

    @Test
    void theSignInPageIsCompressedAndNeverCached() throws Exception {
        HttpResponse<byte[]> page = get("/login.xhtml", true);

        assertAll(
                () -> assertEquals(200, page.statusCode()),
                () -> assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse("")),
                () -> assertTrue(page.headers().firstValue("Vary").orElse("").contains("Accept-Encoding")),
                () -> assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse("")),
                () -> assertTrue(gunzip(page.body()).contains("loginForm"), "the page itself, compressed"));
    }

    @Test
    void aBrowserThatCannotUnzipGetsThePlainPage() throws Exception {
        HttpResponse<byte[]> page = get("/login.xhtml", false);

        assertFalse(page.headers().firstValue("Content-Encoding").isPresent());
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("loginForm"));
    }

    @Test
    void everyFileOfTheSignInPageIsVersionedCompressedWhenTextAndCachedForAYear() throws Exception {
        Document login = Jsoup.parse(gunzip(get("/login.xhtml", true).body()), app.url("/login.xhtml"));
        List<String> files = new ArrayList<>();
        login.select("link[href]").forEach(link -> files.add(link.attr("href")));
        login.select("script[src]").forEach(script -> files.add(script.attr("src")));
        assertFalse(files.isEmpty());
        List<String> problems = new ArrayList<>();
        for (String file : files) {
            HttpResponse<byte[]> answer = get(file, true);
            String type = answer.headers().firstValue("Content-Type").orElse("");
            String cache = answer.headers().firstValue("Cache-Control").orElse("");
            if (answer.statusCode() != 200) {
                problems.add(file + ": HTTP " + answer.statusCode());
            }
            if (!file.matches(".*[?&]v=[^&]+.*")) {
                problems.add(file + ": no version in the URL");
            }
            if (!cache.contains("max-age=") || Long.parseLong(cache.replaceAll(".*max-age=(\\d+).*", "$1")) < ONE_YEAR_SECONDS) {
                problems.add(file + ": cached only \"" + cache + "\"");
            }
            boolean text = type.startsWith("text/") || type.contains("javascript") || type.contains("svg");
            boolean gzipped = "gzip".equals(answer.headers().firstValue("Content-Encoding").orElse(""));
            // Below the filter's threshold (web.xml: 500 bytes) compression would only add bytes.
            if (text && !gzipped && answer.body().length > COMPRESSION_THRESHOLD) {
                problems.add(file + ": " + type + " not compressed");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theSignInPageLoadsNoWidgetScriptAndStaysFarBelowFourHundredKilobytes() throws Exception {
        HttpResponse<byte[]> page = get("/login.xhtml", true);
        Document login = Jsoup.parse(gunzip(page.body()), app.url("/login.xhtml"));
        long total = page.body().length;
        List<String> scripts = new ArrayList<>();
        for (var element : login.select("link[rel=stylesheet][href], script[src], link[rel=icon][href]")) {
            String url = element.hasAttr("src") ? element.attr("src") : element.attr("href");
            total += get(url, true).body().length;
            if (element.hasAttr("src")) {
                scripts.add(url);
            }
        }
        long bytes = total;
        assertAll(
                () -> assertTrue(bytes < BUDGET_BYTES, bytes + " bytes"),
                () -> assertTrue(scripts.stream().noneMatch(s -> s.contains("components.js") || s.contains("jquery")
                        || s.contains("moment") || s.contains("validation")), scripts.toString()));
    }

    private static HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
        URI uri = path.startsWith("http") ? URI.create(path) : URI.create(app.url(path));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (gzip) {
            request.header("Accept-Encoding", "gzip, deflate");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
