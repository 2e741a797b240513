package vn.tincay.platform.migration;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** A MariaDB database of its own for one migration check, dropped afterwards. */
final class ScratchMariaDb {

    /** A check of migrations, given an empty database. */
    @FunctionalInterface
    interface Check {
        void run(DataSource dataSource) throws SQLException;
    }

    private ScratchMariaDb() {
    }

    static void run(Check check) throws SQLException {
        String server = "jdbc:mysql://" + System.getenv().getOrDefault("TINCAY_TEST_DB_HOST", "127.0.0.1:3306") + "/";
        String database = "tincay_migration_it_" + System.nanoTime();
        execute(server, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        try {
            MysqlDataSource dataSource = new MysqlDataSource();
            dataSource.setURL(server + database + "?characterEncoding=UTF-8");
            dataSource.setUser("root");
            dataSource.setPassword("");
            check.run(dataSource);
        } finally {
            execute(server, "DROP DATABASE " + database);
        }
    }

    private static void execute(String server, String sql) throws SQLException {
        try (Connection admin = DriverManager.getConnection(server + "?user=root&password=");
             Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }
}
