package vn.tincay.statistics;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import com.mysql.cj.jdbc.MysqlDataSource;

/**
 * The hand-counted scenario on MariaDB/MySQL (TINCAY_TEST_DB_HOST, default 127.0.0.1:3306, user
 * root without password), in a database of its own that is dropped afterwards. Skipped when no
 * server answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsQueriesMariaDbIT extends StatisticsQueriesScenario {

    private final String server = "jdbc:mysql://" + System.getenv().getOrDefault("TINCAY_TEST_DB_HOST", "127.0.0.1:3306")
            + "/";
    private final String database = "tincay_stats_it_" + System.currentTimeMillis();
    private Connection connection;

    @BeforeAll
    void createDatabase() throws SQLException {
        // The database is part of the test environment (README): no server is a failure, not a skip.
        try (Connection admin = DriverManager.getConnection(server + "?user=root&password=");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(server + database);
        dataSource.setUser("root");
        dataSource.setPassword("");
        connection = dataSource.getConnection();
        createScenario(new StatisticsTestDatabase(dataSource, connection));
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        if (connection != null) {
            connection.close();
            try (Connection admin = DriverManager.getConnection(server + "?user=root&password=");
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE " + database);
            }
        }
    }
}
