package vn.tincay.platform.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/** The security headers on every kind of response, and error pages that give nothing away. */
@ExtendWith(TinCayServer.class)
class SecurityHeadersIT {

    private static RunningApp app;
    private static WebClient staff;

    @BeforeAll
    static void signIn(RunningApp runningApp) {
        app = runningApp;
        staff = new WebClient(app).signedIn(DemoAccount.STAFF1.username(), DemoAccount.PASSWORD);
    }

    /** A request to check, named for the test report. */
    record Probe(String name, Function<RunningApp, HttpResponse<String>> request) {
        HttpResponse<String> send() {
            return request.apply(app);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Probe> responses() {
        return Stream.of(
                new Probe("the sign-in page", a -> new WebClient(a).get("/login.xhtml")),
                new Probe("a stylesheet", a -> new WebClient(a).get("/jakarta.faces.resource/css/tincay.css.xhtml")),
                new Probe("a missing page", a -> new WebClient(a).get("/no-such-page.xhtml")),
                new Probe("a missing file", a -> new WebClient(a).get("/no-such-file.txt")),
                new Probe("a signed-in page", a -> staff.get("/school/index.xhtml")),
                new Probe("a refused page", a -> staff.get("/admin/index.xhtml")));
    }

    static Stream<Probe> pagesOfSignedInUsers() {
        return Stream.of(
                new Probe("the school home page", a -> staff.get("/school/index.xhtml")),
                new Probe("the password page", a -> staff.get("/account/password.xhtml")),
                new Probe("a refused page", a -> staff.get("/admin/index.xhtml")));
    }

    @ParameterizedTest(name = "{0} carries the security headers")
    @MethodSource("responses")
    void everyResponseCarriesTheSecurityHeaders(Probe probe) {
        HttpResponse<String> response = probe.send();
        List<String> policies = response.headers().allValues("Content-Security-Policy");

        assertEquals(1, policies.size(), () -> "exactly one policy, got " + policies);
        String policy = policies.get(0);
        Optional<String> scriptSrc = directive(policy, "script-src");
        assertAll(
                () -> assertTrue(directive(policy, "frame-ancestors").orElse("").equals("frame-ancestors 'none'"), policy),
                () -> assertTrue(scriptSrc.isPresent(), "script-src in " + policy),
                () -> assertFalse(scriptSrc.orElse("").contains("'unsafe-inline'"), policy),
                () -> assertFalse(scriptSrc.orElse("").contains("'unsafe-eval'"), policy),
                () -> assertEquals(Optional.of("nosniff"), response.headers().firstValue("X-Content-Type-Options")),
                () -> assertFalse(response.headers().firstValue("Referrer-Policy").orElse("").isBlank(),
                        "Referrer-Policy"));
    }

    @ParameterizedTest(name = "{0} is never cached")
    @MethodSource("pagesOfSignedInUsers")
    void pagesOfSignedInUsersAreNeverCached(Probe probe) {
        HttpResponse<String> response = probe.send();

        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                () -> "Cache-Control: " + response.headers().allValues("Cache-Control"));
    }

    @Test
    void theNotFoundPageShowsNoTechnicalDetails() {
        HttpResponse<String> response = new WebClient(app).get("/no-such-page.xhtml");

        assertEquals(404, response.statusCode());
        assertShowsNoTechnicalDetails(response);
    }

    @Test
    void theAccessDeniedPageShowsNoTechnicalDetails() {
        HttpResponse<String> response = staff.get("/admin/index.xhtml");

        assertEquals(403, response.statusCode());
        assertShowsNoTechnicalDetails(response);
    }

    @Test
    void aFormSentWithAnUnknownViewStateShowsTheExpiredPageWithNoTechnicalDetails() {
        WebClient client = new WebClient(app);
        WebClient.Page login = client.open("/login.xhtml");

        HttpResponse<String> response = client.submit(login, "loginForm", "loginForm:signIn", Map.of(
                "loginForm:username", "staff1", "loginForm:password", "x",
                "jakarta.faces.ViewState", "-1:-1"));

        assertTrue(response.body().contains("id=\"errorText\""), "an error page");
        assertShowsNoTechnicalDetails(response);
    }

    private static void assertShowsNoTechnicalDetails(HttpResponse<String> response) {
        String body = response.body();
        // What a person sees: the text, not the scripts (PrimeFaces names exception types there).
        String text = Jsoup.parse(body).body().text();
        assertAll(
                () -> assertFalse(text.contains("Exception"), () -> "no exception name: " + text),
                () -> assertFalse(body.contains("at vn.tincay") || body.contains("at jakarta."), "no stack trace"),
                () -> assertFalse(text.contains("Payara"), () -> "no server name: " + text),
                () -> assertTrue(body.contains("tc-error"), "the application's own error page"));
    }

    private static Optional<String> directive(String policy, String name) {
        return Arrays.stream(policy.split(";")).map(String::trim)
                .filter(directive -> directive.startsWith(name + " ") || directive.equals(name))
                .findFirst();
    }
}
