package vn.tincay.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.security.crypto.NameIndex;

/**
 * The invented cases the demo (and the benchmark) writes straight into the database look to the
 * application exactly like typed ones: every free-text field of the follow-up is encrypted as the
 * application's converter reads it, and the case page of a generated case with entries and referrals opens.
 */
class GeneratedCasesIT {

    private static final int CASES = 300;
    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TinCayServer.startOnOwnDatabase(Map.of("TINCAY_DEMO_GENERATE_INCIDENTS", Integer.toString(CASES)),
                "it-server-generated.log");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (number("SELECT COUNT(*) FROM incident") < CASES) {
            assertTrue(Instant.now().isBefore(deadline), "the demo's cases were not written within 3 minutes");
            Thread.sleep(1000);
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static long number(String sql) throws SQLException {
        try (Connection c = app.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void theGeneratedCasesAreCountedInTheStatisticsMonthlyCounts() throws Exception {
        // Written with SQL, the cases are counted at the end of the load, in one transaction.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (number("SELECT COALESCE(SUM(cases), 0) FROM case_month_count WHERE dimension = 'TYPE'") < CASES) {
            assertTrue(Instant.now().isBefore(deadline), "the generated cases were not counted within a minute");
            Thread.sleep(500);
        }
        assertEquals(number("SELECT COUNT(*) FROM incident"),
                number("SELECT SUM(cases) FROM case_month_count WHERE dimension = 'STATUS'"));
        long closed = number("SELECT COUNT(*) FROM incident WHERE status = 'CLOSED'");
        assertTrue(closed > 0, "the generator closes cases");
        assertEquals(closed, number("SELECT SUM(cases) FROM case_month_count WHERE dimension = 'CLOSED'"));
        assertEquals(closed, number("SELECT SUM(cases) FROM case_month_count WHERE dimension = 'DISTRICT_CLOSED'"));
        assertEquals(number("SELECT COUNT(*) FROM referral"),
                number("SELECT SUM(cases) FROM case_month_count WHERE dimension = 'REFERRAL'"));
    }

    @Test
    void everyGeneratedCaseKeepsItsEarliestOpenNextStep() throws SQLException {
        assertTrue(number("SELECT COUNT(*) FROM incident WHERE next_step_due IS NOT NULL") > 0,
                "the generator leaves next steps open");
        assertEquals(0, number("SELECT COUNT(*) FROM incident i WHERE NOT (i.next_step_due <=> (SELECT "
                + "MIN(c.next_step_due) FROM coordination_entry c WHERE c.incident_id = i.id AND c.next_step_done = 0))"),
                "cases whose kept due date is not that of their earliest open step");
    }

    @Test
    void everyGeneratedNameWordCarriesItsNamesSignature() throws SQLException {
        Map<Long, List<String>> words = new HashMap<>();
        Map<Long, Set<Long>> masks = new HashMap<>();
        try (Connection c = app.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT incident_id, word_hash, name_mask FROM survivor_name_word")) {
            while (r.next()) {
                words.computeIfAbsent(r.getLong(1), id -> new ArrayList<>()).add(r.getString(2));
                masks.computeIfAbsent(r.getLong(1), id -> new HashSet<>()).add(r.getLong(3));
            }
        }
        assertEquals(number("SELECT COUNT(*) FROM incident WHERE survivor_name_hash IS NOT NULL"), words.size(),
                "every generated name has words");
        words.forEach((incident, hashes) -> assertEquals(Set.of(NameIndex.mask(hashes)), masks.get(incident),
                "the signature of case " + incident + "'s name"));
    }

    @Test
    void everyGeneratedCaseKeepsWhetherAReferralWaits() throws SQLException {
        assertTrue(number("SELECT COUNT(*) FROM incident WHERE referral_waiting = 1") > 0,
                "the generator leaves referrals waiting");
        assertEquals(0, number("SELECT COUNT(*) FROM incident i WHERE i.referral_waiting <> EXISTS (SELECT 1 "
                + "FROM referral r WHERE r.incident_id = i.id AND r.status = 'SENT')"),
                "cases whose flag does not say whether one of their referrals waits");
    }

    @Test
    void everyTypedTextOfTheFollowUpIsStoredEncrypted() throws SQLException {
        assertTrue(number("SELECT COUNT(*) FROM coordination_entry") > 0, "the generator writes entries");
        assertTrue(number("SELECT COUNT(*) FROM referral") > 0, "the generator writes referrals");
        assertEquals(0, number("SELECT COUNT(*) FROM coordination_entry WHERE action_taken NOT LIKE 'v1:%' "
                + "OR outcome NOT LIKE 'v1:%' OR next_step NOT LIKE 'v1:%'"), "coordination entries in plain text");
        assertEquals(0, number("SELECT COUNT(*) FROM referral WHERE needs NOT LIKE 'v1:%' "
                + "OR basis_reason NOT LIKE 'v1:%' OR response_note NOT LIKE 'v1:%' "
                + "OR service_provided NOT LIKE 'v1:%'"), "referrals in plain text");
        assertEquals(0, number("SELECT COUNT(*) FROM incident_status_change WHERE note NOT LIKE 'v1:%'"),
                "status notes in plain text");
    }

    @Test
    void theCasePageOfAGeneratedCaseWithFollowUpOpens() throws SQLException {
        long id = number("SELECT MIN(e.incident_id) FROM coordination_entry e JOIN referral r "
                + "ON r.incident_id = e.incident_id");
        WebClient coordinator = new WebClient(app).signedIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
        WebClient.Page page = coordinator.open("/incident/view.xhtml?id=" + id);
        assertEquals(200, page.status(), page.document().text());
        var actions = page.document().select(".tc-timeline-item .tc-multiline");
        assertTrue(actions.size() > 0, "the entries are shown: " + page.document().text());
        actions.forEach(action -> assertTrue(!action.text().isBlank() && !action.text().startsWith("v1:"),
                "an entry's text as typed: " + action.text()));
    }
}
