package vn.tincay.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/** Which role may open which area, over plain HTTP: the server's answer, whatever the menu shows. */
@ExtendWith(TinCayServer.class)
class RoleAccessIT {

    private static RunningApp app;
    /**
     * One signed-in client per account, or why it could not sign in: signing in costs a
     * deliberately slow password hash, so each account tries once.
     */
    private static final Map<DemoAccount, Object> SIGNED_IN = new EnumMap<>(DemoAccount.class);

    @BeforeAll
    static void remember(RunningApp runningApp) {
        app = runningApp;
    }

    private static WebClient signedIn(DemoAccount account) {
        Object client = SIGNED_IN.computeIfAbsent(account, a -> {
            try {
                return new WebClient(app).signedIn(a.username(), DemoAccount.PASSWORD);
            } catch (AssertionError e) {
                return e;
            }
        });
        if (client instanceof AssertionError failure) {
            throw failure;
        }
        return (WebClient) client;
    }

    static Stream<Arguments> otherRolesAreas() {
        return Stream.of(DemoAccount.values()).flatMap(account -> DemoAccount.AREAS.stream()
                .filter(area -> !area.equals(account.home()))
                .map(area -> Arguments.of(account, area)));
    }

    @ParameterizedTest(name = "{0} opens {0}''s own area")
    @EnumSource(DemoAccount.class)
    void everyRoleOpensItsOwnArea(DemoAccount account) {
        HttpResponse<String> page = signedIn(account).get(account.home());

        assertEquals(200, page.statusCode(), account.home());
    }

    @ParameterizedTest(name = "{0} is refused {1}")
    @MethodSource("otherRolesAreas")
    void noRoleOpensAnotherRolesArea(DemoAccount account, String area) {
        HttpResponse<String> page = signedIn(account).get(area);

        assertTrue(page.statusCode() == 403 || page.statusCode() == 404,
                account + " got " + page.statusCode() + " from " + area);
    }

    static Stream<String> pagesForSignedInUsers() {
        return Stream.concat(DemoAccount.AREAS.stream(), Stream.of("/home.xhtml", "/account/password.xhtml"));
    }

    @ParameterizedTest(name = "an anonymous visitor is sent to sign in from {0}")
    @MethodSource("pagesForSignedInUsers")
    void anonymousVisitorsAreSentToSignIn(String page) {
        HttpResponse<String> answer = new WebClient(app).get(page);

        assertEquals(302, answer.statusCode(), page);
        assertEquals(app.url("/login.xhtml"), answer.headers().firstValue("Location").orElse(""));
    }

    @ParameterizedTest(name = "{0} is sent from the start page to their home page")
    @EnumSource(DemoAccount.class)
    void theStartPageSendsEachRoleHome(DemoAccount account) {
        HttpResponse<String> start = signedIn(account).get("/home.xhtml");

        assertEquals(302, start.statusCode());
        assertEquals(app.url(account.home()), start.headers().firstValue("Location").orElse(""));
    }
}
