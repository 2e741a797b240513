package vn.tincay.platform.migration;

import org.junit.jupiter.api.Test;

/** V63 on MariaDB, in a database of its own that is dropped afterwards. */
class NextStepDueMigrationMariaDbIT {

    @Test
    void casesWithStepsWrittenBeforeV63KeepTheirEarliestOpenStepsDueDate() throws Exception {
        ScratchMariaDb.run(NextStepDueMigrationCheck::run);
    }
}
