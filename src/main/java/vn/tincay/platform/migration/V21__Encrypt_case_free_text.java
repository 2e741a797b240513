package vn.tincay.platform.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.tincay.security.crypto.FieldCipher;

/**
 * Encrypts the free text about cases that was stored as typed before V20 (coordination entries,
 * referral texts, status-change notes) with the field encryption of the survivor's identity. Plain
 * JDBC in pages of rows, so it runs the same on MariaDB/MySQL and H2; values already in the
 * encrypted format are left as they are, so the step can be run again safely.
 */
public class V21__Encrypt_case_free_text extends BaseJavaMigration {

    /** Table and its free-text columns; every table has a numeric primary key "id". */
    record FreeText(String table, List<String> columns) {
    }

    static final List<FreeText> COLUMNS = List.of(
            new FreeText("coordination_entry", List.of("action_taken", "outcome", "next_step")),
            new FreeText("referral", List.of("needs", "basis_reason", "response_note", "service_provided")),
            new FreeText("incident_status_change", List.of("note")));

    private static final int PAGE = 500;

    private final FieldCipher cipher;

    public V21__Encrypt_case_free_text(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (FreeText table : COLUMNS) {
            for (String column : table.columns()) {
                encryptColumn(connection, table.table(), column);
            }
        }
    }

    /** @return how many values were encrypted */
    int encryptColumn(Connection connection, String table, String column) throws SQLException {
        String select = "SELECT id, " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL AND id > ? "
                + "ORDER BY id";
        String update = "UPDATE " + table + " SET " + column + " = ? WHERE id = ?";
        int encrypted = 0;
        long after = 0;
        try (PreparedStatement read = connection.prepareStatement(select);
             PreparedStatement write = connection.prepareStatement(update)) {
            read.setMaxRows(PAGE);
            while (true) {
                read.setLong(1, after);
                int inPage = 0;
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        inPage++;
                        after = rows.getLong(1);
                        String value = rows.getString(2);
                        if (!FieldCipher.isEncrypted(value)) {
                            write.setString(1, cipher.encryptField(value));
                            write.setLong(2, after);
                            write.addBatch();
                            encrypted++;
                        }
                    }
                }
                write.executeBatch();
                if (inPage < PAGE) {
                    return encrypted;
                }
            }
        }
    }
}
