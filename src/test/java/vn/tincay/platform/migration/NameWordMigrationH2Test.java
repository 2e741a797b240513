package vn.tincay.platform.migration;

import org.junit.jupiter.api.Test;

/** V52 on the embedded database (H2 in MySQL mode, as the demo runs it). */
class NameWordMigrationH2Test {

    @Test
    void nameWordsWrittenBeforeV52GetTheirCasesDistrictAndReportDate() throws Exception {
        ScratchH2.run(NameWordMigrationCheck::run);
    }
}
