package vn.tincay.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.CasePage;
import vn.tincay.incident.it.Db;
import vn.tincay.incident.it.Report;
import vn.tincay.incident.it.Sessions;
import vn.tincay.incident.it.Texts;
import vn.tincay.it.Axe;
import vn.tincay.it.Browser;
import vn.tincay.it.Browser.Device;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.SitePages;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/**
 * Every page of every role, as a phone (360 x 740) and as a desktop (1280 x 800) show it, in Vietnamese and
 * in English: every menu item is on the screen, nothing sticks out sideways, and axe-core finds no serious
 * or critical problem. The pages are all that web.xml lets the role open (read from the sources, so a new
 * page is included by itself) plus every page reached by following the links from the role's home page
 * (which finds the pages that need an id). Full-page screenshots land in target/screenshots/pages/.
 */
@ExtendWith(TinCayServer.class)
class EveryPageIT {

    static final int PHONE_WIDTH = 360;
    static final int PHONE_HEIGHT = 740;
    static final int DESKTOP_WIDTH = 1280;
    static final int DESKTOP_HEIGHT = 800;
    /** Links never followed: they download files or end the session. */
    private static final List<String> NOT_FOLLOWED = List.of("download", "export", "/login.xhtml", "signOut");
    private static final int MAX_PAGES = 80;

    private static RunningApp app;
    private static final SitePages SITE = SitePages.fromSources();
    /** How many page views were checked, and how often axe found each rule broken, by impact. */
    private static final Map<String, Integer> FOUND = new TreeMap<>();

    /** A case of school A with a referral, so the case and referral pages are there to be checked. */
    @BeforeAll
    static void fileACaseAndReferIt(RunningApp runningApp) {
        app = runningApp;
        Api.Filed filed = Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("psychological")
                .survivor("Người Thử Trang Demo", 13).consent("BOTH", true, true, false)
                .perpetrator("FELLOW_STUDENT", "MALE", "AGE_12_17"));
        WebClient coordinator = Sessions.of(app, DemoAccount.COORDINATOR);
        Page referred = CasePage.send(coordinator, CasePage.open(coordinator, filed.id()), "referralForm",
                "sendReferral", Map.of("referralForm:organisation",
                        String.valueOf(Db.organisationId(app, "SOCIAL_WORK_CENTRE")),
                        "referralForm:basis", "CONSENT", "referralForm:needs", "Tư vấn tâm lý cho em."));
        assertTrue(CasePage.body(referred).contains(Texts.vi("referral.sent")), "the referral is sent");
    }

    @TestFactory
    Stream<DynamicTest> everyPageOfEveryRoleFitsAPhoneAndADesktopWithNoSeriousAccessibilityProblemInBothLanguages() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String language : List.of("vi", "en")) {
            tests.add(DynamicTest.dynamicTest("pages open to everyone, in " + language,
                    () -> checkPublicPages(language)));
            for (DemoAccount account : List.of(DemoAccount.STAFF1, DemoAccount.PRINCIPAL1, DemoAccount.COORDINATOR,
                    DemoAccount.SERVICE, DemoAccount.PROVINCE, DemoAccount.ADMIN)) {
                tests.add(DynamicTest.dynamicTest("every page of " + account.role() + ", in " + language,
                        () -> checkPagesOf(account, language)));
            }
        }
        return tests.stream();
    }

    private void checkPublicPages(String language) {
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open(app, Device.PHONE)) {
            browser.viewport(PHONE_WIDTH, PHONE_HEIGHT);
            browser.go("/login.xhtml");
            if (language.equals("en")) {
                browser.clickAndWaitForPage("headerForm:langEn");
            }
            for (String page : SITE.publicPages()) {
                check(browser, page, "public", language, problems);
            }
            // The sign-in form refused: the field messages are checked too.
            browser.go("/login.xhtml");
            browser.clickAndWaitForPage("loginForm:signIn");
            assertTrue(browser.has("loginForm:usernameMessage")
                    && !browser.find("loginForm:usernameMessage").getText().isBlank(),
                    "the refused sign-in shows the page again with its messages: " + browser.heading());
            check(browser, null, "public-refused", language, problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private void checkPagesOf(DemoAccount account, String language) {
        String username = TestAccount.in(app).likeDemoAccount(account).named("pages").create();
        List<String> problems = new ArrayList<>();
        int checked;
        try (Browser browser = Browser.open(app, Device.PHONE)) {
            browser.viewport(PHONE_WIDTH, PHONE_HEIGHT);
            browser.signIn(username, DemoAccount.PASSWORD);
            assertEquals(account.home(), browser.path(), "signed in");
            if (language.equals("en")) {
                browser.clickAndWaitForPage("headerForm:langEn");
            }
            // Links first (they carry the ids that some pages need), then every page web.xml opens to the role.
            Deque<String> links = new ArrayDeque<>(List.of(account.home()));
            Deque<String> bare = new ArrayDeque<>(SITE.openTo(account.role()));
            Set<String> done = new HashSet<>();
            while ((!links.isEmpty() || !bare.isEmpty()) && done.size() < MAX_PAGES) {
                String url = links.isEmpty() ? bare.poll() : links.poll();
                if (!done.add(SitePages.pathOf(url))) {
                    continue;
                }
                browser.go(url);
                done.add(browser.path());
                links.addAll(links(browser));
                check(browser, null, account.role().toLowerCase(Locale.ROOT), language, problems);
            }
            checked = done.size();
        } finally {
            TestAccount.disable(app, username);
        }
        assertTrue(checked >= 3, "only " + checked + " pages found for " + account);
        assertTrue(problems.isEmpty(), problems.size() + " problems on the " + checked + " pages of " + account
                + " in " + language + ":\n" + String.join("\n", problems));
    }

    @SuppressWarnings("unchecked")
    private List<String> links(Browser browser) {
        String base = app.baseUrl().toString();
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);");
        return hrefs.stream()
                .filter(href -> href.startsWith(base) && href.contains(".xhtml"))
                .map(href -> href.contains("#") ? href.substring(0, href.indexOf('#')) : href)
                .filter(href -> NOT_FOLLOWED.stream().noneMatch(href::contains))
                .map(href -> href.substring(base.length()))
                .toList();
    }

    /**
     * Opens the page (or checks the current one when page is null) as a phone, then as a desktop, and adds
     * what is wrong to problems.
     */
    private void check(Browser browser, String page, String who, String language, List<String> problems) {
        browser.viewport(PHONE_WIDTH, PHONE_HEIGHT);
        if (page != null) {
            browser.go(page);
        }
        String path = browser.path();
        String name = "pages/" + who + "-" + language + "-" + path.replaceAll("^/|\\.xhtml$", "").replace('/', '-');
        problems.addAll(layoutProblems(browser, path + " (" + language + ", 360 px)", PHONE_WIDTH));
        problems.addAll(counted(browser, path + " (" + language + ", 360 px)"));
        browser.fullPageScreenshot(name + "-360");
        browser.viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        problems.addAll(layoutProblems(browser, path + " (" + language + ", 1280 px)", DESKTOP_WIDTH));
        problems.addAll(counted(browser, path + " (" + language + ", 1280 px)"));
        if (language.equals("vi")) {
            browser.fullPageScreenshot(name + "-1280");
        }
        browser.viewport(PHONE_WIDTH, PHONE_HEIGHT);
    }

    @SuppressWarnings("unchecked")
    static List<String> layoutProblems(Browser browser, String where, int width) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> layout = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "window.scrollTo(0, 0);"
                + "const items = Array.from(document.querySelectorAll('.tc-menu a'));"
                + "const off = items.filter(a => { const r = a.getBoundingClientRect();"
                + "  const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);"
                + "  const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);"
                + "  const hit = document.elementFromPoint(x, y);"
                + "  return r.width === 0 || r.left < 0 || r.right > innerWidth || !(hit && (hit === a || a.contains(hit))); })"
                + "  .map(a => a.textContent.trim());"
                + "return {menu: items.length, off: off, scrollWidth: document.documentElement.scrollWidth,"
                + "  width: innerWidth};");
        if (!((List<String>) layout.get("off")).isEmpty()) {
            problems.add(where + ": menu items off the screen or covered: " + layout.get("off"));
        }
        long scrollWidth = ((Number) layout.get("scrollWidth")).longValue();
        if (scrollWidth > width) {
            problems.add(where + ": the page is " + scrollWidth + " px wide, wider than the screen");
        }
        return problems;
    }

    /** axe's serious and critical findings on the page, counting every finding for the summary. */
    private static List<String> counted(Browser browser, String where) {
        List<Axe.Violation> found = Axe.check(browser);
        synchronized (FOUND) {
            FOUND.merge("page views", 1, Integer::sum);
            found.forEach(v -> FOUND.merge(v.impact() + " (" + v.rule() + ")", 1, Integer::sum));
        }
        return found.stream().filter(Axe.Violation::seriousOrCritical).map(v -> where + ": " + v).toList();
    }

    /** Writes what axe found on all pages to target/accessibility-report.txt (the build's record of the check). */
    @AfterAll
    static void summarise() throws IOException {
        StringBuilder report = new StringBuilder("axe-core on every page of every role, 360 and 1280 px, vi and en\n");
        synchronized (FOUND) {
            FOUND.forEach((what, count) -> report.append(String.format(Locale.ROOT, "%6d  %s%n", count, what)));
        }
        Files.writeString(Path.of(System.getProperty("tincay.buildDir", "target"), "accessibility-report.txt"),
                report.toString(), StandardCharsets.UTF_8);
        System.out.print(report);
    }

    static List<String> axeProblems(Browser browser, String where) {
        return Axe.check(browser).stream()
                .filter(Axe.Violation::seriousOrCritical)
                .map(v -> where + ": " + v)
                .toList();
    }
}
