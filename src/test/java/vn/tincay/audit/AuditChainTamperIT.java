package vn.tincay.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.CasePage;
import vn.tincay.incident.it.Db;
import vn.tincay.incident.it.Report;
import vn.tincay.incident.it.Sessions;
import vn.tincay.incident.it.Texts;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.PayaraMicroProcess;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/**
 * The audit log stays a verifiable chain through case work, and the administrator's check finds a
 * row changed behind the application's back – at that row – even when whoever changed it also
 * recomputed every MAC after it, as long as they lack the audit key. The tampered rows are put back
 * (and re-chained with the test servers' key) afterwards, so the chain is whole again for every
 * other test.
 */
@ExtendWith(TinCayServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditChainTamperIT {

    private static final Pattern INTACT = AuditCheck.INTACT;

    private static RunningApp app;
    private static Api.Filed filed;

    @BeforeAll
    static void doSomeCaseWork(RunningApp runningApp) {
        app = runningApp;
        filed = Api.as(app, DemoAccount.STAFF1).file(Report.incident().urgent().yes("physicalAssault")
                .survivor("Mai Thị Chuỗi Nhật Ký", 12));
        Api coordinator = Api.as(app, DemoAccount.COORDINATOR);
        assertEquals(200, coordinator.get("/api/v1/incidents/" + filed.id() + "/identity").status());
        int version = ((Number) coordinator.detail(filed.id()).get("version")).intValue();
        assertEquals(204, coordinator.post("/api/v1/incidents/" + filed.id() + "/status",
                Map.of("version", version, "status", "VERIFYING")).status());
    }

    private static String verifyAsAdmin() {
        return AuditCheck.verifyAsAdmin(app);
    }

    @Test
    @Order(1)
    void afterCaseWorkTheAdministratorsCheckFindsTheChainIntact() {
        long rows = Db.number(app, "SELECT COUNT(*) FROM audit_event");

        String message = verifyAsAdmin();

        Matcher intact = INTACT.matcher(message);
        assertTrue(intact.matches(), message);
        long checked = Long.parseLong(intact.group(1).replaceAll("\\D", ""));
        assertTrue(checked >= rows, "checked " + checked + " of at least " + rows + " rows");
    }

    @Test
    @Order(2)
    void aRowChangedInTheDatabaseIsReportedAsBrokenAtThatRow() {
        Map<String, Object> row = Db.rows(app, "SELECT id, detail FROM audit_event WHERE action = 'STATUS_CHANGED' "
                + "AND case_code = ?", filed.caseCode()).get(0);
        long id = ((Number) row.get("id")).longValue();
        Object detail = row.get("detail");
        assertEquals(1, Db.update(app, "UPDATE audit_event SET detail = ? WHERE id = ?", "REPORTED -> CLOSED", id));
        String message;
        try {
            message = verifyAsAdmin();
        } finally {
            Db.update(app, "UPDATE audit_event SET detail = ? WHERE id = ?", detail, id);
        }

        assertEquals(Texts.vi("admin.audit.broken.content", id), message);
        String again = verifyAsAdmin();
        assertTrue(INTACT.matcher(again).matches(), "whole again once the row is put back: " + again);
    }

    @Test
    @Order(3)
    void aRowChangedWithEveryMacAfterItRecomputedWithoutTheKeyIsStillCaught() throws SQLException {
        assertTrue(INTACT.matcher(verifyAsAdmin()).matches(), "sealed and whole before the forgery");
        long id = Db.number(app, "SELECT id FROM audit_event WHERE action = 'IDENTITY_VIEWED' AND case_code = ?",
                filed.caseCode());
        // Someone with write access knows the algorithm, the key id and the layout, but not the key.
        AuditChain forger = new AuditChain(AuditKeys.of("at:" + Base64.getEncoder().encodeToString(
                "a-guessed-key-not-the-real-one!!".getBytes(StandardCharsets.US_ASCII))));
        rechain(id, forger, "xem lại");
        String message;
        try {
            message = verifyAsAdmin();
        } finally {
            rechain(id, new AuditChain(AuditKeys.of(PayaraMicroProcess.TEST_AUDIT_KEY)), null);
        }

        assertEquals(Texts.vi("admin.audit.broken.content", id), message);
        assertTrue(INTACT.matcher(verifyAsAdmin()).matches(), "whole again once put back");
    }

    @Test
    @Order(4)
    void cuttingOffTheNewestRowsIsCaughtEvenWhenTheEndIsMovedBack() throws SQLException {
        assertTrue(INTACT.matcher(verifyAsAdmin()).matches(), "sealed and whole before the cut");
        List<Map<String, Object>> removed;
        Map<String, Object> seal;
        try (Connection db = app.connect()) {
            db.setAutoCommit(false);
            seal = one(db, "SELECT * FROM audit_seal WHERE id = 1 FOR UPDATE");
            long last = ((Number) seal.get("last_seq")).longValue();
            removed = all(db, "SELECT * FROM audit_event WHERE seq > ? ORDER BY seq", last - 2);
            Map<String, Object> newEnd = one(db, "SELECT seq, chain_mac FROM audit_event WHERE seq = ?", last - 2);
            execute(db, "DELETE FROM audit_event WHERE seq > ?", last - 2);
            execute(db, "UPDATE audit_seal SET last_seq = ?, last_mac = ? WHERE id = 1", newEnd.get("seq"),
                    newEnd.get("chain_mac"));
            db.commit();
        }
        String message;
        try {
            message = verifyAsAdmin();
        } finally {
            try (Connection db = app.connect()) {
                db.setAutoCommit(false);
                one(db, "SELECT * FROM audit_seal WHERE id = 1 FOR UPDATE");
                // Rows sealed on top of the cut end meanwhile go back to the sealer, after the restored ones.
                execute(db, "UPDATE audit_event SET seq = NULL, chain_mac = NULL WHERE seq > ?",
                        ((Number) removed.get(0).get("seq")).longValue() - 1);
                for (Map<String, Object> row : removed) {
                    insert(db, "audit_event", row);
                }
                execute(db, "UPDATE audit_seal SET last_seq = ?, last_mac = ?, head_mac = ?, mac_key = ? WHERE id = 1",
                        seal.get("last_seq"), seal.get("last_mac"), seal.get("head_mac"), seal.get("mac_key"));
                db.commit();
            }
        }

        String cut = Pattern.quote(Texts.vi("admin.audit.broken.missing-tail", 86420L)).replace("86420", "\\E\\d+\\Q");
        assertTrue(message.matches(cut), message);
        assertTrue(INTACT.matcher(verifyAsAdmin()).matches(), "whole again once put back");
    }

    /**
     * Under the seal's lock (as the sealer takes it), optionally changes the detail of row {@code id},
     * then recomputes that row's MAC and every link from it to the end, and the end's MAC, with the
     * given chain's key.
     */
    private static void rechain(long id, AuditChain chain, String newDetail) throws SQLException {
        try (Connection db = app.connect()) {
            db.setAutoCommit(false);
            one(db, "SELECT * FROM audit_seal WHERE id = 1 FOR UPDATE");
            if (newDetail != null) {
                execute(db, "UPDATE audit_event SET detail = ? WHERE id = ?", newDetail, id);
            }
            long fromSeq = ((Number) one(db, "SELECT seq FROM audit_event WHERE id = ?", id).get("seq")).longValue();
            String previous = fromSeq == 1 ? AuditChain.GENESIS
                    : (String) one(db, "SELECT chain_mac FROM audit_event WHERE seq = ?", fromSeq - 1).get("chain_mac");
            long seq = fromSeq - 1;
            for (Map<String, Object> row : all(db, "SELECT * FROM audit_event WHERE seq >= ? ORDER BY seq", fromSeq)) {
                AuditEvent event = AuditEvent.stored(((Number) row.get("id")).longValue(),
                        ((java.time.LocalDateTime) row.get("occurred_at")).toInstant(java.time.ZoneOffset.UTC),
                        new AuditEntry((String) row.get("actor"), (String) row.get("actor_role"),
                                AuditAction.valueOf((String) row.get("action")), (String) row.get("target_type"),
                                (String) row.get("target_id"), (String) row.get("case_code"), (String) row.get("ip"),
                                (String) row.get("detail")));
                chain.sign(event);
                seq = ((Number) row.get("seq")).longValue();
                String link = chain.chainMac(event.getMacKey(), previous, seq, event);
                execute(db, "UPDATE audit_event SET mac_key = ?, row_mac = ?, chain_mac = ? WHERE id = ?",
                        event.getMacKey(), event.getRowMac(), link, event.getId());
                previous = link;
            }
            String end = previous;
            long endSeq = seq;
            Map<String, Object> seal = one(db, "SELECT legacy_max_id FROM audit_seal WHERE id = 1");
            AuditSeal forged = AuditSealRow.of(endSeq, end, ((Number) seal.get("legacy_max_id")).longValue());
            chain.signHead(forged, java.time.Instant.now());
            execute(db, "UPDATE audit_seal SET last_seq = ?, last_mac = ?, mac_key = ?, head_mac = ? WHERE id = 1",
                    endSeq, end, forged.getMacKey(), forged.getHeadMac());
            db.commit();
        }
    }

    /** A seal row built in a test, as a forger (or the test restoring the chain) would write it. */
    private static final class AuditSealRow {
        static AuditSeal of(long lastSeq, String lastMac, long legacyMaxId) {
            AuditSeal seal = AuditSeal.fresh(legacyMaxId);
            seal.advance(lastSeq, lastMac);
            return seal;
        }
    }

    private static Map<String, Object> one(Connection db, String sql, Object... parameters) throws SQLException {
        List<Map<String, Object>> rows = all(db, sql, parameters);
        assertEquals(1, rows.size(), sql);
        return rows.get(0);
    }

    private static List<Map<String, Object>> all(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(result.getMetaData().getColumnLabel(c).toLowerCase(java.util.Locale.ROOT),
                                result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static void insert(Connection db, String table, Map<String, Object> row) throws SQLException {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", java.util.Collections.nCopies(row.size(), "?"));
        execute(db, "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
    }
}
