package vn.tincay.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.tincay.statistics.MonthlyCounts;

/**
 * Name words written before V52 get their case's district and report date from V52, on whatever
 * database the data source is: migrate to V51, write two districts' cases and their words the old
 * way, migrate to the end, read back. The same cases are counted into the monthly statistics by V53,
 * exactly as the application counts them again ({@link MonthlyCounts#recount}).
 */
final class NameWordMigrationCheck {

    private NameWordMigrationCheck() {
    }

    static void run(DataSource dataSource) throws SQLException {
        MigrationSteps.migrate(dataSource, "51");
        long north;
        long south;
        long first;
        long second;
        long third;
        try (Connection db = dataSource.getConnection()) {
            long province = MigrationSteps.insert(db, "INSERT INTO province (code, name, office_name) VALUES ('P', 'P', 'P')");
            north = MigrationSteps.insert(db, "INSERT INTO district (province_id, code, name, office_name) VALUES (?, 'N', 'N', 'N')",
                    province);
            south = MigrationSteps.insert(db, "INSERT INTO district (province_id, code, name, office_name) VALUES (?, 'S', 'S', 'S')",
                    province);
            long northSchool = MigrationSteps.insert(db, "INSERT INTO school (district_id, code, name, level, ownership) "
                    + "VALUES (?, 'N1', 'N1', 'PRIMARY', 'PUBLIC')", north);
            long southSchool = MigrationSteps.insert(db, "INSERT INTO school (district_id, code, name, level, ownership) "
                    + "VALUES (?, 'S1', 'S1', 'PRIMARY', 'PUBLIC')", south);
            Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 9, 0));
            long reporter = MigrationSteps.insert(db, "INSERT INTO user_account (username, display_name, role, password_hash, "
                    + "created_at, updated_at) VALUES ('r', 'R', 'SCHOOL_STAFF', 'x', ?, ?)", now, now);
            first = MigrationSteps.incident(db, "N-1", north, northSchool, reporter, "2024-03-05", now);
            second = MigrationSteps.incident(db, "N-2", north, northSchool, reporter, "2026-11-30", now);
            third = MigrationSteps.incident(db, "S-1", south, southSchool, reporter, "2025-07-14", now);
            // Closed at 20:00 UTC on 3 December: the 4th in Vietnam, four days after the report.
            MigrationSteps.update(db, "UPDATE incident SET status = 'CLOSED', close_reason = 'RESOLVED', "
                    + "closed_at = '2026-12-03 20:00:00' WHERE id = ?", second);
            for (long incident : List.of(first, second, third)) {
                for (String word : List.of("word-a", "word-b")) {
                    MigrationSteps.insert(db, "INSERT INTO survivor_name_word (incident_id, word_hash) VALUES (?, ?)", incident, word);
                }
            }
        }

        MigrationSteps.migrate(dataSource, null);

        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT incident_id, word_hash, district_id, reported_date "
                     + "FROM survivor_name_word ORDER BY incident_id, word_hash")) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getLong(1) + " " + rows.getString(2) + " " + rows.getLong(3) + " " + rows.getDate(4));
            }
            assertEquals(List.of(first + " word-a " + north + " 2024-03-05", first + " word-b " + north + " 2024-03-05",
                    second + " word-a " + north + " 2026-11-30", second + " word-b " + north + " 2026-11-30",
                    third + " word-a " + south + " 2025-07-14", third + " word-b " + south + " 2025-07-14"), found);
        }
        // The index V52 adds reads a word's entries of one district by date.
        try (Connection db = dataSource.getConnection();
             PreparedStatement statement = db.prepareStatement("SELECT w.incident_id FROM survivor_name_word w "
                     + "WHERE w.word_hash = ? AND w.district_id = ? ORDER BY w.reported_date DESC, w.incident_id DESC")) {
            statement.setString(1, "word-b");
            statement.setLong(2, north);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            assertEquals(List.of(second, first), ids);
        }
        List<String> counted = monthCounts(dataSource);
        assertTrue(counted.contains(north + " 2026-11-01 " + schoolOf(dataSource, second)
                + " 0 CLOSED PHYSICAL_ASSAULT 4 1"), counted.toString());
        assertTrue(counted.contains(north + " 2026-11-01 0 0 DISTRICT_CLOSED PHYSICAL_ASSAULT 4 1"), counted.toString());
        assertTrue(counted.contains(south + " 2025-07-01 " + schoolOf(dataSource, third) + " 0 TYPE PHYSICAL_ASSAULT 0 1"),
                counted.toString());
        try (Connection db = dataSource.getConnection()) {
            MonthlyCounts.recount(db, null);
        }
        assertEquals(counted, monthCounts(dataSource), "the application counts as the migration did");
    }

    private static long schoolOf(DataSource dataSource, long incident) throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement statement = db.prepareStatement("SELECT school_id FROM incident WHERE id = ?")) {
            statement.setLong(1, incident);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The monthly counts, one line per row, in key order. */
    private static List<String> monthCounts(DataSource dataSource) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT district_id, month_received, school_id, consented, "
                     + "dimension, category, days, cases FROM case_month_count ORDER BY district_id, dimension, "
                     + "month_received, school_id, consented, category, days")) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getLong(1) + " " + rows.getDate(2) + " " + rows.getLong(3) + " " + rows.getInt(4) + " "
                        + rows.getString(5) + " " + rows.getString(6) + " " + rows.getInt(7) + " " + rows.getInt(8));
            }
            return found;
        }
    }
}
