package vn.tincay.platform.migration;

import org.junit.jupiter.api.Test;

/** V30 on MariaDB, in a database of its own that is dropped afterwards. */
class GbvAnswersMigrationMariaDbIT {

    @Test
    void yesNoAnswersWrittenBeforeV30BecomeYesAndNo() throws Exception {
        ScratchMariaDb.run(GbvAnswersMigrationCheck::run);
    }
}
