package vn.tincay.platform.migration;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import vn.tincay.security.crypto.DataKeys;
import vn.tincay.security.crypto.FieldCipher;

/** What the migration checks share: migrating to a version, and writing rows the way an older schema took them. */
final class MigrationSteps {

    private MigrationSteps() {
    }

    /** Migrates to {@code target} (null: to the end); V21 encrypts with a data key made for the check. */
    static void migrate(DataSource dataSource, String target) {
        FieldCipher cipher = new FieldCipher(DataKeys.parse(DataKeys.generateSetting(new SecureRandom()), null));
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new V21__Encrypt_case_free_text(cipher));
        (target == null ? configuration : configuration.target(target)).load().migrate();
    }

    /** A district of its own province, with one school and one reporting account, and the time rows are written at. */
    record District(long id, long school, long reporter, Timestamp now) {
    }

    /** Writes a {@link District} named by {@code code}, as every schema since V2 takes it. */
    static District district(Connection db, String code) throws SQLException {
        long province = insert(db, "INSERT INTO province (code, name, office_name) VALUES ('P', 'P', 'P')");
        long district = insert(db, "INSERT INTO district (province_id, code, name, office_name) VALUES (?, ?, ?, ?)",
                province, code, code, code);
        long school = insert(db, "INSERT INTO school (district_id, code, name, level, ownership) "
                + "VALUES (?, ?, ?, 'PRIMARY', 'PUBLIC')", district, code + "1", code + "1");
        Timestamp now = Timestamp.valueOf(java.time.LocalDateTime.of(2026, 11, 2, 9, 0));
        long reporter = insert(db, "INSERT INTO user_account (username, display_name, role, password_hash, created_at, "
                + "updated_at) VALUES ('r', 'R', 'SCHOOL_STAFF', 'x', ?, ?)", now, now);
        return new District(district, school, reporter, now);
    }

    static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    static long incident(Connection db, String code, long district, long school, long reporter, String reported,
                                 Timestamp now) throws SQLException {
        return insert(db, "INSERT INTO incident (case_code, submission_token, district_id, school_id, reported_by_id, "
                + "status, gbv_type, incident_date, reported_date, place_type, survivor_age_group, survivor_sex, "
                + "survivor_kind, created_at, updated_at, answer_penetration, answer_sexual_contact, answer_physical, "
                + "answer_forced_marriage, answer_denial, answer_psychological) VALUES (?, ?, ?, ?, ?, 'REPORTED', "
                + "'PHYSICAL_ASSAULT', ?, ?, 'SCHOOL_PREMISES', 'UNKNOWN', 'FEMALE', 'STUDENT', ?, ?, "
                + "'NO', 'NO', 'YES', 'NO', 'NO', 'NO')", code, UUID.randomUUID().toString(),
                district, school, reporter, java.sql.Date.valueOf(reported), java.sql.Date.valueOf(reported), now, now);
    }

    static long insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
