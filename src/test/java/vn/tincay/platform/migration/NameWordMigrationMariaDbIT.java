package vn.tincay.platform.migration;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** V52 on MariaDB, in a database of its own that is dropped afterwards. */
class NameWordMigrationMariaDbIT {

    @Test
    void nameWordsWrittenBeforeV52GetTheirCasesDistrictAndReportDate() throws Exception {
        String server = "jdbc:mysql://" + System.getenv().getOrDefault("TINCAY_TEST_DB_HOST", "127.0.0.1:3306") + "/";
        String database = "tincay_migration_it_" + System.currentTimeMillis();
        try (Connection admin = DriverManager.getConnection(server + "?user=root&password=");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try {
            MysqlDataSource dataSource = new MysqlDataSource();
            dataSource.setURL(server + database + "?characterEncoding=UTF-8");
            dataSource.setUser("root");
            dataSource.setPassword("");
            NameWordMigrationCheck.run(dataSource);
        } finally {
            try (Connection admin = DriverManager.getConnection(server + "?user=root&password=");
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE " + database);
            }
        }
    }
}
