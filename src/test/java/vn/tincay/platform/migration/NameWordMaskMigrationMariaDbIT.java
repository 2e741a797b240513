package vn.tincay.platform.migration;

import org.junit.jupiter.api.Test;

/** V66 on MariaDB, in a database of its own that is dropped afterwards. */
class NameWordMaskMigrationMariaDbIT {

    @Test
    void nameWordsWrittenBeforeV66GetTheirNamesSignature() throws Exception {
        ScratchMariaDb.run(NameWordMaskMigrationCheck::run);
    }
}
