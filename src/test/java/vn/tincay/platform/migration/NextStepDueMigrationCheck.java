package vn.tincay.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Cases whose next steps were written before V63 get the due date of their earliest open step from V63, on
 * whatever database the data source is: migrate to V62, write cases with steps open, done and without a
 * date the old way, migrate to the end, and read back both the kept dates and a district's overdue cases
 * through the index V63 adds.
 */
final class NextStepDueMigrationCheck {

    private NextStepDueMigrationCheck() {
    }

    static void run(DataSource dataSource) throws SQLException {
        MigrationSteps.migrate(dataSource, "62");
        long district;
        long twoOpen;
        long oneDone;
        long allDone;
        long undated;
        long noSteps;
        try (Connection db = dataSource.getConnection()) {
            MigrationSteps.District place = MigrationSteps.district(db, "N");
            district = place.id();
            long school = place.school();
            long reporter = place.reporter();
            Timestamp now = place.now();
            twoOpen = MigrationSteps.incident(db, "N-1", district, school, reporter, "2026-11-01", now);
            oneDone = MigrationSteps.incident(db, "N-2", district, school, reporter, "2026-11-02", now);
            allDone = MigrationSteps.incident(db, "N-3", district, school, reporter, "2026-11-03", now);
            undated = MigrationSteps.incident(db, "N-4", district, school, reporter, "2026-11-04", now);
            noSteps = MigrationSteps.incident(db, "N-5", district, school, reporter, "2026-11-05", now);
            step(db, twoOpen, "2026-11-20", false, now);
            step(db, twoOpen, "2026-11-10", false, now);
            step(db, oneDone, "2026-11-08", true, now);
            step(db, oneDone, "2026-12-15", false, now);
            step(db, allDone, "2026-11-09", true, now);
            step(db, undated, null, false, now);
        }

        MigrationSteps.migrate(dataSource, null);

        List<String> kept = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
             PreparedStatement statement = db.prepareStatement("SELECT id, next_step_due FROM incident ORDER BY id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                kept.add(rows.getLong(1) + " " + rows.getDate(2));
            }
        }
        assertEquals(List.of(twoOpen + " 2026-11-10", oneDone + " 2026-12-15", allDone + " null", undated + " null",
                noSteps + " null"), kept);
        // The district's cases overdue on 1 December, the step that fell overdue last first.
        try (Connection db = dataSource.getConnection();
             PreparedStatement statement = db.prepareStatement("SELECT i.id FROM incident i WHERE i.district_id = ? "
                     + "AND i.next_step_due < ? ORDER BY i.next_step_due DESC, i.reported_date DESC, i.id DESC")) {
            statement.setLong(1, district);
            statement.setDate(2, java.sql.Date.valueOf("2026-12-01"));
            List<Long> overdue = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    overdue.add(rows.getLong(1));
                }
            }
            assertEquals(List.of(twoOpen), overdue);
        }
    }

    private static void step(Connection db, long incident, String due, boolean done, Timestamp at) throws SQLException {
        MigrationSteps.insert(db, "INSERT INTO coordination_entry (incident_id, agency, action_taken, next_step, "
                + "next_step_due, next_step_done, recorded_by, recorded_at) VALUES (?, 'POLICE', 'v1:-', ?, ?, ?, 'r', ?)",
                incident, due == null ? null : "v1:-", due == null ? null : java.sql.Date.valueOf(due), done, at);
    }
}
