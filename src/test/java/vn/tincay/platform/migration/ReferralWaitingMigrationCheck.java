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
 * Cases whose referrals were written before V65 keep from V65 whether one of them waits for the service's
 * answer, on whatever database the data source is: migrate to V64, write cases with a referral sent, one
 * answered, one sent beside one closed, and none, migrate to the end, and read back both the flags and a
 * district's waiting cases, newest first, through the index V65 adds.
 */
final class ReferralWaitingMigrationCheck {

    private ReferralWaitingMigrationCheck() {
    }

    static void run(DataSource dataSource) throws SQLException {
        MigrationSteps.migrate(dataSource, "64");
        long district;
        long sent;
        long accepted;
        long sentAndClosed;
        long none;
        try (Connection db = dataSource.getConnection()) {
            MigrationSteps.District place = MigrationSteps.district(db, "R");
            district = place.id();
            long school = place.school();
            long reporter = place.reporter();
            Timestamp now = place.now();
            long service = MigrationSteps.insert(db, "INSERT INTO service_organisation (district_id, name, kind) "
                    + "VALUES (?, 'S', 'SOCIAL_WORK_CENTRE')", district);
            sent = MigrationSteps.incident(db, "R-1", district, school, reporter, "2026-11-01", now);
            accepted = MigrationSteps.incident(db, "R-2", district, school, reporter, "2026-11-02", now);
            sentAndClosed = MigrationSteps.incident(db, "R-3", district, school, reporter, "2026-11-03", now);
            none = MigrationSteps.incident(db, "R-4", district, school, reporter, "2026-11-04", now);
            referral(db, sent, service, "SENT", now);
            referral(db, accepted, service, "ACCEPTED", now);
            referral(db, sentAndClosed, service, "CLOSED", now);
            referral(db, sentAndClosed, service, "SENT", now);
        }

        MigrationSteps.migrate(dataSource, null);

        List<String> kept = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
             PreparedStatement statement = db.prepareStatement("SELECT id, referral_waiting FROM incident ORDER BY id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                kept.add(rows.getLong(1) + " " + rows.getBoolean(2));
            }
        }
        assertEquals(List.of(sent + " true", accepted + " false", sentAndClosed + " true", none + " false"), kept);
        try (Connection db = dataSource.getConnection();
             PreparedStatement statement = db.prepareStatement("SELECT i.id FROM incident i WHERE i.district_id = ? "
                     + "AND i.referral_waiting = 1 ORDER BY i.reported_date DESC, i.id DESC")) {
            statement.setLong(1, district);
            List<Long> waiting = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    waiting.add(rows.getLong(1));
                }
            }
            assertEquals(List.of(sentAndClosed, sent), waiting);
        }
    }

    private static void referral(Connection db, long incident, long service, String status, Timestamp at)
            throws SQLException {
        MigrationSteps.insert(db, "INSERT INTO referral (incident_id, service_organisation_id, needs, basis, status, "
                + "referred_by, referred_at) VALUES (?, ?, 'v1:-', 'CONSENT', ?, 'r', ?)", incident, service, status, at);
    }
}
