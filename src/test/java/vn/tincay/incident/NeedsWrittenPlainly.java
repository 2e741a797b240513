package vn.tincay.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Checks the home page's needs and the bell ({@link CaseDashboard#needsStatement}, {@link CaseDashboard#bellStatement})
 * against the same counts and short lists written plainly, on a database a test filled with one district's cases.
 */
final class NeedsWrittenPlainly {

    private NeedsWrittenPlainly() {
    }

    /**
     * Asserts each need's count and short list, and the bell's count, as plain SQL gives them for the cases of the
     * record scope (its column, {@code i.district_id} or {@code i.school_id}, and value), every need having some;
     * returns how many index entries the needs' parts hold up to their stops. With {@code namesIndexes} (MySQL/MariaDB)
     * the statements name each part's index, as the application's do there.
     */
    static long assertAsWrittenPlainly(Connection db, String scope, long scopeValue, LocalDate today,
            boolean namesIndexes) throws SQLException {
        Map<ActionNeeded, String> plainly = Map.of(ActionNeeded.NEW_UNVERIFIED, "i.status = 'REPORTED'",
                ActionNeeded.URGENT_OPEN, "i.urgent = TRUE AND i.status <> 'CLOSED'",
                ActionNeeded.OVERDUE_NEXT_STEPS, "i.next_step_due < DATE '" + today + "'",
                ActionNeeded.REFERRALS_WAITING, "i.referral_waiting = TRUE",
                ActionNeeded.MUST_REPORT_OPEN, "i.must_report = TRUE AND i.status <> 'CLOSED'");
        String ofScope = " FROM incident i WHERE " + scope + " = " + scopeValue + " AND ";
        CaseDashboard.Statement needs = CaseDashboard.needsStatement(scope, scopeValue, Date.valueOf(today),
                namesIndexes);
        List<List<Object>> rows = SqlRows.rows(db, needs.sql(), needs.parameters());
        long partsRead = 0;
        for (ActionNeeded need : ActionNeeded.values()) {
            String where = ofScope + plainly.get(need);
            long matches = ids(db, "SELECT i.id" + where).size();
            assertTrue(matches > 0, need + " has cases");
            long counted = rows.stream().filter(r -> ((Number) r.get(0)).intValue() == need.ordinal()
                    && r.get(1) != null).mapToLong(r -> ((Number) r.get(1)).longValue()).findFirst().orElseThrow();
            assertEquals(CaseCount.upTo(matches, CaseDashboard.COUNT_LIMIT),
                    CaseCount.upTo(counted, CaseDashboard.COUNT_LIMIT), need + ": counted");
            List<Long> listed = rows.stream().filter(r -> ((Number) r.get(0)).intValue() == need.ordinal()
                    && r.get(1) == null).map(r -> ((Number) r.get(2)).longValue()).toList();
            assertEquals(ids(db, "SELECT i.id" + where + " ORDER BY " + need.order() + " LIMIT "
                    + CaseDashboard.SHORT_LIST), listed, need + ": its short list");
            for (String part : need.parts()) {
                partsRead += Math.min(ids(db, "SELECT i.id" + ofScope + part.replace("?", "DATE '" + today + "'"))
                        .size(), CaseDashboard.COUNT_LIMIT + 1);
            }
        }
        CaseDashboard.Statement bell = CaseDashboard.bellStatement(scope, scopeValue, Date.valueOf(today),
                namesIndexes);
        long needing = ids(db, "SELECT i.id" + ofScope + "(" + String.join(" OR ", plainly.values().stream()
                .map(condition -> "(" + condition + ")").toList()) + ")").size();
        assertEquals(CaseCount.upTo(needing, CaseDashboard.COUNT_LIMIT), CaseCount.upTo(((Number) SqlRows.rows(db,
                bell.sql(), bell.parameters()).get(0).get(0)).longValue(), CaseDashboard.COUNT_LIMIT), "the bell");
        return partsRead;
    }

    private static List<Long> ids(Connection db, String sql) throws SQLException {
        return SqlRows.ids(SqlRows.rows(db, sql, List.of()));
    }
}
