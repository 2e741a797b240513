package vn.tincay.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * For the restore drill ({@code RestoreCheck}): whether the end of a restored audit chain verifies with
 * the audit key from the key backup, read with plain JDBC outside the application.
 */
public final class AuditHeadCheck {

    private AuditHeadCheck() {
    }

    /** True or false once something was sealed; empty while the chain has no signed end yet. */
    public static Optional<Boolean> verifies(Connection connection, String auditKeySetting) throws SQLException {
        AuditKeys keys = AuditKeys.of(auditKeySetting);
        try (Statement sql = connection.createStatement();
             ResultSet seal = sql.executeQuery("SELECT last_seq, last_mac, legacy_max_id, mac_key, head_mac "
                     + "FROM audit_seal WHERE id = " + AuditSeal.ID)) {
            if (!seal.next()) {
                return Optional.of(false);
            }
            long lastSeq = seal.getLong(1);
            String keyId = seal.getString(4);
            String headMac = seal.getString(5);
            if (lastSeq == 0 && headMac == null) {
                return Optional.empty();
            }
            String content = "head\u001f" + lastSeq + "\u001f" + seal.getString(2) + "\u001f" + seal.getLong(3);
            return Optional.of(keyId != null && headMac != null && keys.has(keyId)
                    && keys.mac(keyId, content).equals(headMac));
        }
    }
}
