package vn.tincay.statistics.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/** Who may open the register, the periodic reports and the statistics: the server's status code. */
@ExtendWith(TinCayServer.class)
class Issue4RoleAccessIT {

    private static RunningApp app;
    private static final Map<DemoAccount, WebClient> SIGNED_IN = new EnumMap<>(DemoAccount.class);

    @BeforeAll
    static void remember(RunningApp runningApp) {
        app = runningApp;
    }

    private static WebClient signedIn(DemoAccount account) {
        return SIGNED_IN.computeIfAbsent(account,
                a -> new WebClient(app).signedIn(a.username(), DemoAccount.PASSWORD));
    }

    static Stream<Arguments> answers() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String page : new String[] {"/register/index.xhtml", "/report/index.xhtml", "/statistics/index.xhtml"}) {
            for (DemoAccount refused : new DemoAccount[] {DemoAccount.STAFF1, DemoAccount.SERVICE, DemoAccount.ADMIN}) {
                cases.add(Arguments.of(refused, page, 403));
            }
            cases.add(Arguments.of(DemoAccount.PRINCIPAL1, page, 200));
            cases.add(Arguments.of(DemoAccount.COORDINATOR, page, 200));
        }
        cases.add(Arguments.of(DemoAccount.PROVINCE, "/province/index.xhtml", 200));
        cases.add(Arguments.of(DemoAccount.PROVINCE, "/province/reports.xhtml", 200));
        cases.add(Arguments.of(DemoAccount.PROVINCE, "/statistics/index.xhtml", 403));
        return cases.build();
    }

    @ParameterizedTest(name = "{0} opening {1} gets {2}")
    @MethodSource("answers")
    void eachRoleGetsTheExpectedAnswerFromTheIssue4Pages(DemoAccount account, String page, int expected) {
        int status = signedIn(account).get(page).statusCode();

        assertEquals(expected, status, account + " " + page);
    }
}
