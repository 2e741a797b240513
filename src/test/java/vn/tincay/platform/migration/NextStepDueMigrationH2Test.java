package vn.tincay.platform.migration;

import java.sql.Connection;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** V63 on the embedded database (H2 in MySQL mode, as the demo runs it). */
class NextStepDueMigrationH2Test {

    @Test
    void casesWithStepsWrittenBeforeV63KeepTheirEarliestOpenStepsDueDate() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:nextstep" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE,YEAR,MONTH");
        try (Connection keepAlive = dataSource.getConnection()) {
            NextStepDueMigrationCheck.run(dataSource);
        }
    }
}
