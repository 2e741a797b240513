package vn.tincay.platform.migration;

import org.junit.jupiter.api.Test;

/** V52 on MariaDB, in a database of its own that is dropped afterwards. */
class NameWordMigrationMariaDbIT {

    @Test
    void nameWordsWrittenBeforeV52GetTheirCasesDistrictAndReportDate() throws Exception {
        ScratchMariaDb.run(NameWordMigrationCheck::run);
    }
}
