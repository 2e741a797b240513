package vn.tincay.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import vn.tincay.security.crypto.DataKeys;
import vn.tincay.security.crypto.FieldCipher;

/**
 * Yes/no answers written before V30 become YES and NO, and the child-abuse flag becomes what the
 * reporter said, on whatever database the data source is: migrate to V21, insert the old way,
 * migrate to the end, read back.
 */
final class GbvAnswersMigrationCheck {

    private GbvAnswersMigrationCheck() {
    }

    static void run(DataSource dataSource) throws SQLException {
        FieldCipher cipher = new FieldCipher(DataKeys.parse(DataKeys.generateSetting(new SecureRandom()), null));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("21")
                .javaMigrations(new V21__Encrypt_case_free_text(cipher)).load().migrate();
        try (Connection db = dataSource.getConnection()) {
            long province = insert(db, "INSERT INTO province (code, name, office_name) VALUES ('P', 'P', 'P')");
            long district = insert(db, "INSERT INTO district (province_id, code, name, office_name) VALUES (?, 'D', 'D', 'D')",
                    province);
            long school = insert(db, "INSERT INTO school (district_id, code, name, level, ownership) "
                    + "VALUES (?, 'S', 'S', 'PRIMARY', 'PUBLIC')", district);
            Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 9, 0));
            long reporter = insert(db, "INSERT INTO user_account (username, display_name, role, password_hash, "
                    + "created_at, updated_at) VALUES ('r', 'R', 'SCHOOL_STAFF', 'x', ?, ?)", now, now);
            String columns = "case_code, submission_token, district_id, school_id, reported_by_id, status, gbv_type, "
                    + "incident_date, reported_date, place_type, survivor_age_group, survivor_sex, survivor_kind, "
                    + "created_at, updated_at, answer_penetration, answer_sexual_contact, answer_physical, "
                    + "answer_forced_marriage, answer_denial, answer_psychological, flag_child_abuse";
            String values = "?, ?, ?, ?, ?, 'REPORTED', ?, '2026-01-01', '2026-01-01', 'SCHOOL_PREMISES', 'UNKNOWN', "
                    + "'FEMALE', 'STUDENT', ?, ?, ?, ?, ?, ?, ?, ?, ?";
            insert(db, "INSERT INTO incident (" + columns + ") VALUES (" + values + ")", "C-1",
                    UUID.randomUUID().toString(), district, school, reporter, "PHYSICAL_ASSAULT", now, now,
                    false, false, true, true, false, true, true);
            insert(db, "INSERT INTO incident (" + columns + ") VALUES (" + values + ")", "C-2",
                    UUID.randomUUID().toString(), district, school, reporter, "NOT_GBV", now, now,
                    false, false, false, false, false, false, false);
        }

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new V21__Encrypt_case_free_text(cipher)).load().migrate();

        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT answer_penetration, answer_sexual_contact, answer_physical, "
                     + "answer_forced_marriage, answer_denial, answer_psychological, child_abuse_reported "
                     + "FROM incident ORDER BY case_code")) {
            List<String> read = new ArrayList<>();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= 6; column++) {
                    row.append(rows.getString(column)).append(' ');
                }
                read.add(row.append(rows.getBoolean(7)).toString());
            }
            assertEquals(List.of("NO NO YES YES NO YES true", "NO NO NO NO NO NO false"), read);
        }
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
