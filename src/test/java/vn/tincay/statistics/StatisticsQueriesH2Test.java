package vn.tincay.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The hand-counted scenario on the embedded database (H2 in MySQL mode, as the demo runs it). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsQueriesH2Test extends StatisticsQueriesScenario {

    private Connection keepAlive;

    @BeforeAll
    void createDatabase() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:stats" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE,YEAR,MONTH");
        keepAlive = dataSource.getConnection();
        createScenario(new StatisticsTestDatabase(dataSource, keepAlive));
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        keepAlive.close();
    }
}
