package vn.tincay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;

/** The schema Flyway built on MariaDB, read from information_schema. */
@ExtendWith(TinCayServer.class)
class SchemaIT {

    private static RunningApp app;

    @BeforeAll
    static void remember(RunningApp runningApp) {
        app = runningApp;
    }

    @Test
    void theFirstMigrationWasAppliedSuccessfully() throws SQLException {
        List<String> applied = query("SELECT CONCAT(version, ' ', script, ' ', success) FROM flyway_schema_history "
                + "WHERE version IS NOT NULL ORDER BY installed_rank");

        assertTrue(applied.size() >= 1, "migrations: " + applied);
        assertEquals("1 V1__organisations_accounts_audit.sql 1", applied.get(0));
        assertTrue(applied.stream().allMatch(row -> row.endsWith(" 1")), "all successful: " + applied);
    }

    @Test
    void theFoundationTablesExist() throws SQLException {
        Set<String> tables = new TreeSet<>(query(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?", app.databaseName()));

        assertTrue(tables.containsAll(Set.of("province", "district", "school", "service_organisation",
                "user_account", "audit_event", "audit_seal")), "tables: " + tables);
    }

    @Test
    void everyTableUsesUtf8mb4() throws SQLException {
        List<String> tables = query("SELECT CONCAT(table_name, ' ', table_collation) FROM information_schema.tables "
                + "WHERE table_schema = ? AND table_type = 'BASE TABLE'", app.databaseName());

        assertTrue(tables.size() >= 7, "tables: " + tables);
        assertEquals(List.of(), tables.stream().filter(table -> !table.contains(" utf8mb4_")).toList(),
                "tables not in utf8mb4");
    }

    @Test
    void everyTextColumnUsesUtf8mb4() throws SQLException {
        List<String> columns = query("SELECT CONCAT(table_name, '.', column_name, ' ', character_set_name) "
                + "FROM information_schema.columns WHERE table_schema = ? AND character_set_name IS NOT NULL",
                app.databaseName());

        assertTrue(columns.size() > 20, "text columns: " + columns);
        assertEquals(List.of(), columns.stream().filter(column -> !column.endsWith(" utf8mb4")).toList(),
                "text columns not in utf8mb4");
    }

    @Test
    void theDemoDataWasLoadedIntoTheEmptyDatabase() throws SQLException {
        assertEquals(List.of("admin", "coordinator", "principal1", "province", "service", "staff1", "staff2"),
                query("SELECT username FROM user_account WHERE email LIKE '%@demo.example' ORDER BY username"));
        assertEquals(List.of("5"), query("SELECT COUNT(*) FROM school WHERE code LIKE 'HDEMO-%'"));
    }

    private static List<String> query(String sql, String... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = app.connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
