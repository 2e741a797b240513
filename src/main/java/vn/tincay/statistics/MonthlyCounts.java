package vn.tincay.statistics;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tincay.followup.Referral;
import vn.tincay.followup.ReferralStatus;
import vn.tincay.incident.Incident;

/**
 * Keeps {@code case_month_count} (V53) in step with the cases, in the transaction of the change: a new
 * case adds its rows, a change moves the case from the rows it counted in before to those it counts in
 * now ({@link MonthCount#of(Incident)} taken before and after). Writers that bypass the entities (the
 * bulk generator) count a district again with {@link #recount}.
 *
 * <p>Concurrent changes of cases of the same school and month update the same rows: each statement
 * is a single-row upsert that adds to the count, so they wait for each other's row locks and never
 * overwrite; the rows of one change are written in {@link MonthCount#WRITE_ORDER}, so two changes never
 * wait for each other in a circle.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MonthlyCounts {

    private static final String UPSERT = "INSERT INTO case_month_count (district_id, month_received, school_id, "
            + "consented, dimension, category, days, cases) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON DUPLICATE KEY UPDATE cases = cases + ?";

    @PersistenceContext
    private EntityManager em;

    /** A case was filed. */
    public void added(Incident incident) {
        apply(delta(List.of(), MonthCount.of(incident)));
    }

    /** A case changed; {@code before} is {@link MonthCount#of(Incident)} taken before the change. */
    public void changed(List<MonthCount> before, Incident incident) {
        apply(delta(before, MonthCount.of(incident)));
    }

    /** A referral was sent. */
    public void added(Referral referral) {
        apply(delta(List.of(), List.of(MonthCount.of(referral, referral.getStatus()))));
    }

    /** A referral moved from status {@code from} to its present one. */
    public void moved(Referral referral, ReferralStatus from) {
        if (from != referral.getStatus()) {
            apply(delta(List.of(MonthCount.of(referral, from)), List.of(MonthCount.of(referral, referral.getStatus()))));
        }
    }

    /** The change of each row: +1 for every row counted after, -1 for every row counted before; no zeros. */
    static Map<MonthCount, Integer> delta(Collection<MonthCount> before, Collection<MonthCount> after) {
        Map<MonthCount, Integer> delta = new TreeMap<>(MonthCount.WRITE_ORDER);
        before.forEach(row -> delta.merge(row, -1, Integer::sum));
        after.forEach(row -> delta.merge(row, 1, Integer::sum));
        delta.values().removeIf(change -> change == 0);
        return delta;
    }

    private void apply(Map<MonthCount, Integer> delta) {
        delta.forEach((row, change) -> em.createNativeQuery(UPSERT)
                .setParameter(1, row.districtId())
                .setParameter(2, Date.valueOf(row.month()))
                .setParameter(3, row.schoolId())
                .setParameter(4, row.consented() ? 1 : 0)
                .setParameter(5, row.dimension().name())
                .setParameter(6, row.category())
                .setParameter(7, row.days())
                .setParameter(8, change)
                .setParameter(9, change)
                .executeUpdate());
    }

    /**
     * Counts the cases of a district (or of every district when {@code districtId} is null) again from
     * the incidents and referrals, on the caller's connection and transaction: for writers that insert
     * cases with SQL. The same rules as {@link MonthCount#of} and the V53 backfill.
     */
    public static void recount(Connection connection, Long districtId) throws SQLException {
        recount(connection, districtId == null ? null : "district_id", districtId);
    }

    /** As {@link #recount(Connection, Long)}, for one school's cases. */
    public static void recountSchool(Connection connection, long schoolId) throws SQLException {
        recount(connection, "school_id", schoolId);
    }

    private static void recount(Connection connection, String column, Long id) throws SQLException {
        String where = column == null ? "" : " WHERE i." + column + " = ?";
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM case_month_count"
                + (column == null ? "" : " WHERE " + column + " = ?"))) {
            if (column != null) {
                delete.setLong(1, id);
            }
            delete.executeUpdate();
        }
        // A school's rows only: the district's own rows (DISTRICT_CLOSED) count every school.
        for (String sql : recountStatements(where, !"school_id".equals(column))) {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                if (column != null) {
                    insert.setLong(1, id);
                }
                insert.executeUpdate();
            }
        }
    }

    private static List<String> recountStatements(String where, boolean districtRows) {
        String month = "CAST(TIMESTAMPADD(DAY, 1 - DAYOFMONTH(i.reported_date), i.reported_date) AS DATE)";
        String common = "i.district_id AS district_id, i.school_id AS school_id, i.consent_statistics AS consented, "
                + month + " AS month_received";
        String insert = "INSERT INTO case_month_count (district_id, month_received, school_id, consented, dimension, "
                + "category, days, cases) ";
        String groups = "x.district_id, x.month_received, x.school_id, x.consented";
        String closed = "CASE WHEN i.status = 'CLOSED' AND i.closed_at IS NOT NULL THEN "
                + StatisticsQueries.CLOSE_DAYS + " END";
        String closedWhere = (where.isEmpty() ? " WHERE " : where + " AND ")
                + "i.status = 'CLOSED' AND i.closed_at IS NOT NULL";
        List<String> statements = new ArrayList<>(List.of(
                insert + "SELECT " + groups + ", 'TYPE', x.c, 0, COUNT(*) FROM (SELECT " + common
                        + ", i.gbv_type AS c FROM incident i" + where + ") x GROUP BY " + groups + ", x.c",
                insert + "SELECT " + groups + ", 'STATUS', x.c, 0, COUNT(*) FROM (SELECT " + common
                        + ", i.status AS c FROM incident i" + where + ") x GROUP BY " + groups + ", x.c",
                insert + "SELECT " + groups + ", 'DELAY', x.c, 0, COUNT(*) FROM (SELECT " + common + ", "
                        + ReportingDelay.sqlCase(StatisticsQueries.REPORTING_DAYS) + " AS c FROM incident i" + where
                        + ") x GROUP BY " + groups + ", x.c",
                insert + "SELECT " + groups + ", 'AGE', x.c, 0, COUNT(*) FROM (SELECT " + common
                        + ", i.survivor_age_group AS c FROM incident i" + where + ") x GROUP BY " + groups + ", x.c",
                insert + "SELECT " + groups + ", 'CLOSED', x.c, x.d, COUNT(*) FROM (SELECT " + common
                        + ", i.gbv_type AS c, " + closed + " AS d FROM incident i" + closedWhere + ") x GROUP BY "
                        + groups + ", x.c, x.d",
                insert + "SELECT x.district_id, x.month_received, x.school_id, 0, 'REFERRAL', x.c, 0, COUNT(*) "
                        + "FROM (SELECT " + common + ", r.status AS c FROM referral r JOIN incident i "
                        + "ON i.id = r.incident_id" + where + ") x GROUP BY x.district_id, x.month_received, "
                        + "x.school_id, x.c"));
        if (districtRows) {
            statements.add(insert + "SELECT x.district_id, x.month_received, " + MonthCount.WHOLE_DISTRICT
                    + ", 0, 'DISTRICT_CLOSED', x.c, x.d, COUNT(*) FROM (SELECT " + common + ", i.gbv_type AS c, "
                    + closed + " AS d FROM incident i" + closedWhere + ") x GROUP BY x.district_id, "
                    + "x.month_received, x.c, x.d");
        }
        return statements;
    }
}
