package vn.tincay.incident.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.PayaraMicroProcess;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.security.crypto.DataKeys;
import vn.tincay.security.crypto.NameIndex;

/**
 * A name search whose words are all common (each in more than 2,000 names) is read from the least
 * frequent word's index entries of the district, newest first, and counted only as far as a page
 * reads ("more than"). It must still find exactly the cases whose names hold every word, in the
 * list's order, page after page – including cases filed and corrected through the application, whose
 * word entries carry the case's district and report date. On a database of its own: 2,600 cases
 * are written straight into it.
 */
class CommonNameWordSearchIT {

    private static final int FILLERS = 2600;
    private static final NameIndex NAMES = new NameIndex(DataKeys.parse(PayaraMicroProcess.TEST_DATA_KEY, null)
            .indexKey());

    private static RunningApp app;
    private static Api coordinator;
    private static Api staff;
    private static long district;

    @BeforeAll
    static void start() throws SQLException {
        app = TinCayServer.startOnOwnDatabase(Map.of(), "it-server-common-name-words.log");
        // Sessions of this application, not the shared one's.
        coordinator = Api.of(app, Sessions.fresh(app, DemoAccount.COORDINATOR));
        staff = Api.of(app, Sessions.fresh(app, DemoAccount.STAFF1));
        district = Db.number(app, "SELECT district_id FROM user_account WHERE username = 'coordinator'");
        writeCommonNames();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /**
     * Cases of the district reported over the last 1,500 days (two a day, so dates repeat), each named
     * with "Phương"; four in five also with "Vy", four in five with "Khuê": all three words common.
     */
    private static void writeCommonNames() throws SQLException {
        long school = Db.number(app, "SELECT MIN(id) FROM school WHERE district_id = ?", district);
        long reporter = Db.accountId(app, "staff1");
        String phuong = hash("Phương");
        String vy = hash("Vy");
        String khue = hash("Khuê");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        try (Connection db = app.connect()) {
            db.setAutoCommit(false);
            List<Long> ids = new ArrayList<>();
            List<Date> dates = new ArrayList<>();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO incident (case_code, submission_token, "
                    + "district_id, school_id, reported_by_id, status, gbv_type, incident_date, reported_date, place_type, "
                    + "survivor_age_group, survivor_sex, survivor_kind, created_at, updated_at, answer_penetration, "
                    + "answer_sexual_contact, answer_physical, answer_forced_marriage, answer_denial, "
                    + "answer_psychological) VALUES (?, ?, ?, ?, ?, "
                    + "'REPORTED', 'PHYSICAL_ASSAULT', ?, ?, 'SCHOOL_PREMISES', 'UNKNOWN', 'FEMALE', 'STUDENT', "
                    + "UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 'NO', 'NO', 'YES', 'NO', 'NO', 'NO')",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                for (int k = 0; k < FILLERS; k++) {
                    Date reported = Date.valueOf(today.minusDays(1 + k % 1500));
                    insert.setString(1, "HDEMO-TEST-" + k);
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setLong(3, district);
                    insert.setLong(4, school);
                    insert.setLong(5, reporter);
                    insert.setDate(6, reported);
                    insert.setDate(7, reported);
                    insert.addBatch();
                    dates.add(reported);
                }
                insert.executeBatch();
                try (var keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement word = db.prepareStatement("INSERT INTO survivor_name_word (incident_id, word_hash, "
                    + "district_id, reported_date, name_mask) VALUES (?, ?, ?, ?, ?)")) {
                for (int k = 0; k < FILLERS; k++) {
                    List<String> name = k % 5 == 0 ? List.of(phuong, khue) : k % 5 == 1 ? List.of(phuong, vy)
                            : List.of(phuong, vy, khue);
                    for (String hash : name) {
                        word.setLong(1, ids.get(k));
                        word.setString(2, hash);
                        word.setLong(3, district);
                        word.setDate(4, dates.get(k));
                        word.setLong(5, NameIndex.mask(name));
                        word.addBatch();
                    }
                }
                word.executeBatch();
            }
            db.commit();
        }
    }

    private static String hash(String word) {
        return NAMES.wordHashes(word).iterator().next();
    }

    /** The district's cases whose names hold every word, in the list's order: the answer by the primary key alone. */
    private static List<Long> truth(String... words) {
        StringBuilder sql = new StringBuilder("SELECT i.id FROM incident i WHERE i.district_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(district));
        for (String word : words) {
            sql.append(" AND EXISTS (SELECT 1 FROM survivor_name_word w WHERE w.incident_id = i.id AND w.word_hash = ?)");
            parameters.add(hash(word));
        }
        sql.append(" ORDER BY i.reported_date DESC, i.id DESC");
        return Db.rows(app, sql.toString(), parameters.toArray()).stream()
                .map(row -> ((Number) row.get("id")).longValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> search(String name, int page) {
        Api.Answer answer = coordinator.post("/api/v1/incidents/search",
                Map.of("filter", Map.of("survivorName", name), "page", page, "size", 25));
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("rows")).stream()
                .map(row -> ((Number) row.get("id")).longValue()).toList();
    }

    @Test
    void commonWordsFindExactlyTheNamesWithEveryWordNewestFirstOverTwoPages() {
        Api.Filed both = staff.file(Report.incident().yes("physicalAssault").survivor("Phương Thị Vy", 12));
        Api.Filed one = staff.file(Report.incident().yes("physicalAssault").survivor("Phương Thị Khuê", 12));
        List<Long> expected = truth("Phương", "Vy");
        assertTrue(expected.size() > 2000, "every word is common: " + expected.size());

        Map<String, Object> first = search("phuong vy", 0);
        Map<String, Object> second = search("phuong vy", 1);

        assertEquals(expected.subList(0, 25), ids(first));
        assertEquals(expected.subList(25, 50), ids(second));
        assertTrue(ids(first).contains(both.id()), "the case filed today, through the application");
        assertFalse(ids(first).contains(one.id()), "a name without \"Vy\"");
        assertEquals(false, first.get("totalExact"), "counted as far as a page reads: \"more than\"");
        long total = ((Number) first.get("total")).longValue();
        assertTrue(total >= 25 && total <= expected.size(), "a lower bound: " + total + " of " + expected.size());
    }

    @Test
    void aCorrectedNameIsFoundUnderItsNewWordsAndNotItsOldOnes() {
        Api.Filed filed = staff.file(Report.incident().yes("physicalAssault")
                .survivor("Phương Khuê Demo", 14).guardian("Phụ huynh Demo Phương", "0900 111 222")
                .consent("BOTH", true, true, true));
        assertEquals(filed.id(), ids(search("phuong khue", 0)).get(0), "found under the name as filed");

        Api.Answer corrected = coordinator.post("/api/v1/incidents/" + filed.id() + "/rights/identity-corrections",
                Map.of("field", "FULL_NAME", "value", "Phương Vy Demo", "requestedBy", "GUARDIAN"));
        assertEquals(204, corrected.status(), corrected::toString);

        assertEquals(filed.id(), ids(search("phuong vy", 0)).get(0), "found under the corrected name");
        assertFalse(ids(search("phuong khue", 0)).contains(filed.id()), "no longer under the old name");
        assertEquals(truth("Phương", "Khuê").subList(0, 25), ids(search("phuong khue", 0)));
    }
}
