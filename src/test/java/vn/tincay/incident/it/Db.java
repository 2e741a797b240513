package vn.tincay.incident.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tincay.it.RunningApp;

/** Straight reads (and the odd write) of the application's MariaDB database, as a test checks it. */
public final class Db {

    private Db() {
    }

    public static List<Map<String, Object>> rows(RunningApp app, String sql, Object... parameters) {
        try (Connection db = app.connect(); PreparedStatement statement = prepare(db, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            ResultSetMetaData meta = result.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), result.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the first row, as a string (null when there is no row or it is NULL). */
    public static String string(RunningApp app, String sql, Object... parameters) {
        List<Map<String, Object>> rows = rows(app, sql, parameters);
        if (rows.isEmpty()) {
            return null;
        }
        Object value = rows.get(0).values().iterator().next();
        return value == null ? null : value.toString();
    }

    public static long number(RunningApp app, String sql, Object... parameters) {
        String value = string(app, sql, parameters);
        if (value == null) {
            throw new AssertionError("no value for " + sql);
        }
        return Long.parseLong(value);
    }

    public static int update(RunningApp app, String sql, Object... parameters) {
        try (Connection db = app.connect(); PreparedStatement statement = prepare(db, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A value the application stored encrypted, opened with the test servers' data key. */
    public static String decrypted(Object stored) {
        if (stored == null) {
            return null;
        }
        String value = stored.toString();
        org.junit.jupiter.api.Assertions.assertTrue(value.startsWith("v1:"), "stored encrypted: " + value);
        return new vn.tincay.security.crypto.FieldCipher(vn.tincay.security.crypto.DataKeys.parse(
                vn.tincay.it.PayaraMicroProcess.TEST_DATA_KEY, null)).decryptField(value);
    }

    public static long accountId(RunningApp app, String username) {
        return number(app, "SELECT id FROM user_account WHERE username = ?", username);
    }

    /** The id of the demo district's service organisation of this kind (SOCIAL_WORK_CENTRE, POLICE, ...). */
    public static long organisationId(RunningApp app, String kind) {
        return number(app, "SELECT MIN(id) FROM service_organisation WHERE kind = ?", kind);
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
