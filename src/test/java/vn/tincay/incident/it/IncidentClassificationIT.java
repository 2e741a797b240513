package vn.tincay.incident.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * The GBVIMS type is derived by the application from the answers, not chosen: reports with different
 * answers, filed through the API by a teacher, come back with the derived type and the derived
 * child-protection context, and the database keeps the same.
 */
@ExtendWith(TinCayServer.class)
class IncidentClassificationIT {

    private static RunningApp app;
    private static Api teacher;

    @BeforeAll
    static void signIn(RunningApp runningApp) {
        app = runningApp;
        teacher = Api.as(app, DemoAccount.STAFF1);
    }

    /** yes-answers; survivor age; child-abuse flag; expected type, child sexual abuse, early marriage, must report. */
    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("penetration,physicalAssault", 14, false, "RAPE", true, false, true),
                Arguments.of("sexualContact,psychological", 17, false, "SEXUAL_ASSAULT", true, false, false),
                Arguments.of("physicalAssault,denial", 20, false, "PHYSICAL_ASSAULT", false, false, false),
                Arguments.of("forcedMarriage", 15, false, "FORCED_MARRIAGE", false, true, true),
                Arguments.of("physicalAssault,forcedMarriage", 15, false, "PHYSICAL_ASSAULT", false, true, true),
                Arguments.of("denial,psychological", 30, false, "DENIAL_OF_RESOURCES", false, false, false),
                Arguments.of("psychological", 10, false, "PSYCHOLOGICAL_ABUSE", false, false, true),
                Arguments.of("", 14, false, "NOT_GBV", false, false, false),
                Arguments.of("", 12, true, "NOT_GBV", false, false, true));
    }

    @ParameterizedTest(name = "answers [{0}], age {1}, child-abuse flag {2} give {3}")
    @MethodSource("reports")
    void theTypeAndTheChildProtectionFlagsAreDerivedFromTheAnswers(String yes, int age, boolean childAbuseFlag,
                                                                   String type, boolean childSexualAbuse,
                                                                   boolean earlyMarriage, boolean mustReport) {
        Report report = Report.incident().age(age);
        if (!yes.isEmpty()) {
            report.yes(yes.split(","));
        }
        if (childAbuseFlag) {
            report.childAbuseFlag();
        }

        Api.Filed filed = teacher.file(report);

        Map<String, Object> detail = teacher.detail(filed.id());
        Map<String, Object> row = Db.rows(app, "SELECT gbv_type, child_sexual_abuse, early_marriage, must_report "
                + "FROM incident WHERE id = ?", filed.id()).get(0);
        assertAll(
                () -> assertEquals(type, detail.get("type"), "type"),
                () -> assertEquals(childSexualAbuse, detail.get("childSexualAbuse"), "child sexual abuse"),
                () -> assertEquals(earlyMarriage, detail.get("earlyMarriage"), "early marriage"),
                () -> assertEquals(mustReport, detail.get("mustReport"), "must report to the authorities"),
                () -> assertEquals(type, row.get("gbv_type"), "type in the database"),
                () -> assertEquals(mustReport, asBoolean(row.get("must_report")), "must_report in the database"),
                () -> assertEquals(childSexualAbuse, asBoolean(row.get("child_sexual_abuse")),
                        "child_sexual_abuse in the database"));
    }

    @ParameterizedTest(name = "a report that claims type {0} still gets the type its answers lead to")
    @MethodSource("claimedTypes")
    void aTypeSentByTheClientIsRefusedNotTaken(String claimed) {
        Api.Answer answer = teacher.post("/api/v1/incidents?duplicatesReviewed=true",
                Report.incident().age(16).yes("psychological").set("type", claimed).json());

        assertEquals(422, answer.status(), answer::toString);
        assertTrue(answer.body().contains("\"field\":\"type\""), answer.body());
    }

    static Stream<String> claimedTypes() {
        return Stream.of("RAPE", "NOT_GBV");
    }

    private static boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
