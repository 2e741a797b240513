package vn.tincay.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import vn.tincay.security.crypto.DataKeys;
import vn.tincay.security.crypto.FieldCipher;

/**
 * Rows written as typed before V20 are encrypted by V21, on whatever database the data source is:
 * migrate to V20, insert plain text the old way, migrate to the end, read back.
 */
final class FreeTextMigrationCheck {

    static final String ACTION = "Đã báo công an xã về em Lan Anh.";
    static final String NEEDS = "Tư vấn tâm lý cho em Lan Anh.";
    static final String NOTE = "Gia đình em Lan Anh đã được báo.";

    private FreeTextMigrationCheck() {
    }

    static void run(DataSource dataSource) throws SQLException {
        FieldCipher cipher = new FieldCipher(DataKeys.parse(DataKeys.generateSetting(new SecureRandom()), null));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("20").load().migrate();
        try (Connection db = dataSource.getConnection()) {
            long province = insert(db, "INSERT INTO province (code, name, office_name) VALUES ('P', 'P', 'P')");
            long district = insert(db, "INSERT INTO district (province_id, code, name, office_name) VALUES (?, 'D', 'D', 'D')",
                    province);
            long school = insert(db, "INSERT INTO school (district_id, code, name, level, ownership) "
                    + "VALUES (?, 'S', 'S', 'PRIMARY', 'PUBLIC')", district);
            Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 9, 0));
            long reporter = insert(db, "INSERT INTO user_account (username, display_name, role, password_hash, "
                    + "created_at, updated_at) VALUES ('r', 'R', 'SCHOOL_STAFF', 'x', ?, ?)", now, now);
            long service = insert(db, "INSERT INTO service_organisation (district_id, name, kind) "
                    + "VALUES (?, 'CTXH', 'SOCIAL_WORK_CENTRE')", district);
            long incident = insert(db, "INSERT INTO incident (case_code, submission_token, district_id, school_id, "
                    + "reported_by_id, status, gbv_type, incident_date, reported_date, place_type, survivor_age_group, "
                    + "survivor_sex, survivor_kind, created_at, updated_at) VALUES ('C-1', ?, ?, ?, ?, 'REPORTED', "
                    + "'PHYSICAL_ASSAULT', '2026-01-01', '2026-01-01', 'SCHOOL_PREMISES', 'UNKNOWN', 'FEMALE', 'STUDENT', "
                    + "?, ?)", UUID.randomUUID().toString(), district, school, reporter, now, now);
            insert(db, "INSERT INTO coordination_entry (incident_id, agency, action_taken, outcome, recorded_by, "
                    + "recorded_at) VALUES (?, 'POLICE', ?, NULL, 'c', ?)", incident, ACTION, now);
            insert(db, "INSERT INTO referral (incident_id, service_organisation_id, needs, basis, basis_reason, status, "
                    + "referred_by, referred_at) VALUES (?, ?, ?, 'IMMEDIATE_DANGER', ?, 'SENT', 'c', ?)",
                    incident, service, NEEDS, NOTE, now);
            insert(db, "INSERT INTO incident_status_change (incident_id, to_status, note, changed_by, changed_at) "
                    + "VALUES (?, 'VERIFYING', ?, 'c', ?)", incident, NOTE, now);
        }

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new V21__Encrypt_case_free_text(cipher)).load().migrate();

        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT action_taken, outcome FROM coordination_entry")) {
                row.next();
                assertEquals(ACTION, cipher.decryptField(row.getString(1)));
                assertEquals(null, row.getString(2), "no value stays no value");
            }
            try (ResultSet row = statement.executeQuery("SELECT needs, basis_reason FROM referral")) {
                row.next();
                assertTrue(row.getString(1).startsWith("v1:") && !row.getString(1).contains("Lan Anh"));
                assertEquals(NEEDS, cipher.decryptField(row.getString(1)));
                assertEquals(NOTE, cipher.decryptField(row.getString(2)));
            }
            try (ResultSet row = statement.executeQuery("SELECT note FROM incident_status_change")) {
                row.next();
                assertEquals(NOTE, cipher.decryptField(row.getString(1)));
            }
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM coordination_entry "
                    + "WHERE action_taken LIKE '%Lan Anh%'")) {
                count.next();
                assertEquals(0, count.getLong(1));
            }
        }
        assertFalse(FieldCipher.isEncrypted(ACTION), "plain text is told apart from ciphertext");
    }

    private static long insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
