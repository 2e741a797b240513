package vn.tincay.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A plain HTTP client with its own cookies, for tests of status codes, headers and cookies. It
 * follows no redirect unless asked ({@link #open}), and posts Faces forms the way the browser does
 * (all fields of the form, the ViewState, the pressed button and PrimeFaces' CSP nonce).
 */
public final class WebClient {

    public static final String SESSION_COOKIE = "JSESSIONID";
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final int MAX_REDIRECTS = 10;

    private final URI base;
    private final String acceptLanguage;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public WebClient(RunningApp app) {
        this(app, null);
    }

    /** A client whose requests carry the given Accept-Language header (none when null). */
    public WebClient(RunningApp app, String acceptLanguage) {
        this(app.baseUrl(), acceptLanguage);
    }

    /** A client of the application at the given base URL (a load balancer in front of several nodes, say). */
    public WebClient(URI base, String acceptLanguage) {
        this.base = URI.create(base.toString().replaceAll("/+$", ""));
        this.acceptLanguage = acceptLanguage;
        this.http = HttpClient.newBuilder()
                // Plain HTTP/1.1 as browsers speak it: the JDK's offer to upgrade to h2c makes HAProxy leave out
                // the cookie that keeps a client on its node.
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A page: the final response and its parsed HTML. */
    public record Page(HttpResponse<String> response, Document document) {

        public int status() {
            return response.statusCode();
        }

        /** The path of the page's URL, after any redirects. */
        public String path() {
            return response.uri().getPath();
        }

        /** The text of the page's h1 heading. */
        public String heading() {
            Element heading = document.selectFirst("h1");
            return heading == null ? "" : heading.text();
        }

        /** The text of the global messages (p:messages id="messages"). */
        public String messages() {
            Element messages = document.getElementById("messages");
            return messages == null ? "" : messages.text();
        }
    }

    /** GET, no redirect followed. */
    public HttpResponse<String> get(String path) {
        return send(request(base + path).GET().build());
    }

    /** GET with an extra request header, no redirect followed. */
    public HttpResponse<String> get(String path, String header, String value) {
        return send(request(base + path).header(header, value).GET().build());
    }

    /** GET, following redirects (with this client's cookies) to the final page. */
    public Page open(String path) {
        return follow(get(path));
    }

    /** Follows the redirects a response asks for, then parses the final page. */
    public Page follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int i = 0; i < MAX_REDIRECTS && isRedirect(current); i++) {
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            current = send(request(next.toString()).GET().build());
        }
        return new Page(current, Jsoup.parse(current.body(), current.uri().toString()));
    }

    /**
     * Submits a form of the page by pressing a button: every field of the form as the page has it,
     * changed by {@code values}, plus the button and PrimeFaces' nonce. No redirect followed.
     */
    public HttpResponse<String> submit(Page page, String formId, String buttonName, Map<String, String> values) {
        return submit(page, formId, buttonName, values, true);
    }

    /** As {@link #submit(Page, String, String, Map)}; without the page's CSP nonce when {@code withNonce} is false. */
    public HttpResponse<String> submit(Page page, String formId, String buttonName, Map<String, String> values,
                                       boolean withNonce) {
        return send(formPost(page, formId, buttonName, values, Map.of(), withNonce));
    }

    /**
     * As {@link #submit(Page, String, String, Map)}, with fields that send several values (ticked
     * checkboxes of one name): each of {@code choices} replaces whatever the page had ticked for it.
     */
    public HttpResponse<String> submitWithChoices(Page page, String formId, String buttonName,
                                                  Map<String, String> values, Map<String, List<String>> choices) {
        return send(formPost(page, formId, buttonName, values, choices, true));
    }

    /** As {@link #submit(Page, String, String, Map)} for a button that answers with a file: its bytes. */
    public HttpResponse<byte[]> submitForFile(Page page, String formId, String buttonName, Map<String, String> values) {
        HttpRequest request = formPost(page, formId, buttonName, values, Map.of(), true);
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private HttpRequest formPost(Page page, String formId, String buttonName, Map<String, String> values,
                                 Map<String, List<String>> choices, boolean withNonce) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form " + formId + " on " + page.response().uri() + ":\n" + page.document().title());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type").toLowerCase();
            if (type.equals("submit") || type.equals("button") || type.equals("image")
                    || ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked"))) {
                continue;
            }
            String value = switch (input.tagName()) {
                case "textarea" -> input.text();
                case "select" -> Optional.ofNullable(input.selectFirst("option[selected]"))
                        .map(option -> option.attr("value")).orElse("");
                default -> input.attr("value");
            };
            fields.put(input.attr("name"), value);
        }
        fields.putAll(values);
        fields.put(buttonName, "");
        Matcher nonce = CSP_NONCE.matcher(page.response().body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        if (!withNonce) {
            fields.remove("primefaces.nonce");
        }
        choices.keySet().forEach(fields::remove);
        String body = Stream.concat(fields.entrySet().stream()
                        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue())),
                choices.entrySet().stream().flatMap(choice -> choice.getValue().stream()
                        .map(value -> encode(choice.getKey()) + "=" + encode(value))))
                .collect(Collectors.joining("&"));
        URI action = page.response().uri().resolve(form.attr("action"));
        return request(action.toString())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    /** POSTs a form-encoded body with extra headers, as a script of the page would; no redirect followed. */
    public HttpResponse<String> post(String path, String formBody, Map<String, String> headers) {
        HttpRequest.Builder builder = request(base + path)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(formBody, StandardCharsets.UTF_8));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /**
     * Posts the sign-in form and, when the application asks for the second factor and the account's
     * secret is known ({@link SecondFactor}), the code form with a fresh code; returns the answer to
     * the last post (a redirect to /home.xhtml when it worked).
     */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> answer = signInWithPasswordOnly(username, password);
        java.util.Optional<String> secret = SecondFactor.secretOf(username);
        if (!asksForCode(answer) || secret.isEmpty()) {
            return answer;
        }
        return submitCode(SecondFactor.nextCode(base.toString(), username, secret.get()));
    }

    /** Posts the sign-in form only; returns the answer (to /login-code.xhtml when a code is needed). */
    public HttpResponse<String> signInWithPasswordOnly(String username, String password) {
        Page login = open("/login.xhtml");
        return submit(login, "loginForm", "loginForm:signIn",
                Map.of("loginForm:username", username, "loginForm:password", password));
    }

    /** Whether an answer sends the user to the second step of signing in. */
    public static boolean asksForCode(HttpResponse<String> answer) {
        return isRedirect(answer) && answer.headers().firstValue("Location").orElse("").contains("/login-code.xhtml");
    }

    /** Opens the code page and posts a code (or a recovery code); returns the answer to the post. */
    public HttpResponse<String> submitCode(String code) {
        Page codePage = open("/login-code.xhtml");
        return submit(codePage, "codeForm", "codeForm:verify", Map.of("codeForm:code", code));
    }

    /** Signs in and fails the test unless the application accepted the credentials. */
    public WebClient signedIn(String username, String password) {
        HttpResponse<String> answer = signIn(username, password);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || !location.endsWith("/home.xhtml")) {
            throw new AssertionError("Sign-in of " + username + " failed: " + answer.statusCode() + " "
                    + Jsoup.parse(answer.body()).text());
        }
        return this;
    }

    /** Presses the sign-out button of the page header of a signed-in page. */
    public HttpResponse<String> signOut(String signedInPath) {
        Page page = open(signedInPath);
        return submit(page, "headerForm", "headerForm:signOut", Map.of());
    }

    /** The current value of a cookie this client holds. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(base).stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Puts a cookie into this client, as if the server had set it. */
    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    public static boolean isRedirect(HttpResponse<?> response) {
        int status = response.statusCode();
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
                && response.headers().firstValue("Location").isPresent();
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (acceptLanguage != null) {
            builder.header("Accept-Language", acceptLanguage);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
