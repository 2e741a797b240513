package vn.tincay.audit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import vn.tincay.it.PayaraMicroProcess;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestAccount;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * The audit rows as MariaDB keeps them carry the keyed MAC of their content, made with the audit key
 * the application was given (not a hash anyone could recompute): what the chain verification
 * recomputes. Times are read as the UTC they must be stored in.
 */
@ExtendWith(TinCayServer.class)
class AuditChainIT {

    @Test
    void everyStoredAuditRowCarriesTheMacOfItsContentUnderTheConfiguredAuditKey(RunningApp app) throws SQLException {
        for (int attempt = 0; attempt < 3; attempt++) {
            new WebClient(app).signIn(TestAccount.uniqueName("chain"), "Not-The-Password-1");
        }

        AuditChain chain = new AuditChain(AuditKeys.of(PayaraMicroProcess.TEST_AUDIT_KEY));
        List<Executable> checks = new ArrayList<>();
        try (Connection db = app.connect();
             PreparedStatement select = db.prepareStatement("SELECT * FROM audit_event ORDER BY id");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                AuditEntry entry = new AuditEntry(row.getString("actor"), row.getString("actor_role"),
                        AuditAction.valueOf(row.getString("action")), row.getString("target_type"),
                        row.getString("target_id"), row.getString("case_code"), row.getString("ip"),
                        row.getString("detail"));
                LocalDateTime occurredAt = row.getObject("occurred_at", LocalDateTime.class);
                AuditEvent asRead = AuditEvent.stored(row.getLong("id"), occurredAt.toInstant(ZoneOffset.UTC), entry);
                asRead.sign(row.getString("mac_key"), row.getString("row_mac"));
                long id = row.getLong("id");
                checks.add(() -> assertTrue(chain.rowIsAuthentic(asRead),
                        () -> "row " + id + " (" + entry.action() + " at " + occurredAt + ") does not match its MAC"));
            }
        }

        assertTrue(checks.size() >= 3, "audit rows: " + checks.size());
        assertAll(checks);
    }
}
