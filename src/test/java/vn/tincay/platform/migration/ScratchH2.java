package vn.tincay.platform.migration;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;

/** An embedded in-memory database of its own for one migration check, in the mode the demo runs H2 in. */
final class ScratchH2 {

    private ScratchH2() {
    }

    static void run(ScratchMariaDb.Check check) throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:migration" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE,YEAR,MONTH");
        // The in-memory database lives while a connection to it is open.
        try (Connection keepAlive = dataSource.getConnection()) {
            check.run(dataSource);
        }
    }
}
