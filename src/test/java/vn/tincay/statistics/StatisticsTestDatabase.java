package vn.tincay.statistics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A migrated test database (H2 in MySQL mode or MariaDB) and small builders for the rows the
 * statistics read, plus {@link StatisticsQueries.Rows} over JDBC, so the very queries of the server
 * run against both databases.
 */
final class StatisticsTestDatabase {

    private final Connection connection;
    private long reporter;
    private int caseNumber;

    StatisticsTestDatabase(DataSource dataSource, Connection connection) throws SQLException {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            // V2 made the age-group columns too short for AGE_12_17; the issue-3 branches widen them in a
            // later migration. Widening again is harmless once that has landed.
            statement.execute("ALTER TABLE incident MODIFY COLUMN survivor_age_group VARCHAR(16) NOT NULL");
        }
    }

    /**
     * The queries, once the monthly counts have been counted again: the rows here are inserted with
     * SQL, past the services that keep those counts.
     */
    StatisticsQueries queries() throws SQLException {
        MonthlyCounts.recount(connection, null);
        return new StatisticsQueries(this::rows);
    }

    List<Object[]> rows(String sql, List<Object> parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long province(String code) throws SQLException {
        return insert("INSERT INTO province (code, name, office_name) VALUES (?, ?, ?)", code, "Tỉnh " + code,
                "Sở GD&ĐT " + code);
    }

    long district(long province, String code, String name) throws SQLException {
        return insert("INSERT INTO district (province_id, code, name, office_name) VALUES (?, ?, ?, ?)", province, code,
                name, "Phòng GD&ĐT " + name);
    }

    long school(long district, String code, String level) throws SQLException {
        long id = insert("INSERT INTO school (district_id, code, name, level, ownership) VALUES (?, ?, ?, ?, 'PUBLIC')",
                district, code, "Trường " + code, level);
        if (reporter == 0) {
            Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 0, 0));
            reporter = insert("INSERT INTO user_account (username, display_name, role, password_hash, created_at, "
                    + "updated_at) VALUES ('reporter', 'Người báo cáo', 'SCHOOL_STAFF', 'x', ?, ?)", now, now);
        }
        return id;
    }

    long service(long district) throws SQLException {
        return insert("INSERT INTO service_organisation (district_id, name, kind) VALUES (?, ?, 'SOCIAL_WORK_CENTRE')",
                district, "Trung tâm CTXH " + district);
    }

    /** An incident; closedAt is UTC (as the application stores it), null unless closed. */
    long incident(long district, long school, String type, String status, LocalDate incidentDate,
                  LocalDate reportedDate, Instant closedAt, String ageGroup, boolean consentToStatistics)
            throws SQLException {
        Timestamp created = Timestamp.valueOf(reportedDate.atTime(9, 0));
        return insert("INSERT INTO incident (case_code, submission_token, district_id, school_id, reported_by_id, status, "
                        + "gbv_type, incident_date, reported_date, place_type, survivor_age_group, survivor_sex, "
                        + "survivor_kind, consent_statistics, closed_at, created_at, updated_at, answer_penetration, "
                        + "answer_sexual_contact, answer_physical, answer_forced_marriage, answer_denial, "
                        + "answer_psychological) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHOOL_PREMISES', ?, 'FEMALE', 'STUDENT', ?, ?, ?, ?, "
                        + "'NO', 'NO', 'NO', 'NO', 'NO', 'NO')",
                "T-" + (++caseNumber), UUID.randomUUID().toString(), district, school, reporter, status, type,
                Date.valueOf(incidentDate), Date.valueOf(reportedDate), ageGroup, consentToStatistics ? 1 : 0,
                closedAt == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(closedAt, ZoneOffset.UTC)),
                created, created);
    }

    void referral(long incident, long service, String status) throws SQLException {
        insert("INSERT INTO referral (incident_id, service_organisation_id, needs, basis, status, referred_by, referred_at) "
                + "VALUES (?, ?, 'Hỗ trợ tâm lý', 'CONSENT', ?, 'coordinator', ?)", incident, service, status,
                Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 0, 0)));
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
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
