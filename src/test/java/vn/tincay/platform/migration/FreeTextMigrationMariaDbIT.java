package vn.tincay.platform.migration;

import org.junit.jupiter.api.Test;

/** V21 on MariaDB, in a database of its own that is dropped afterwards. */
class FreeTextMigrationMariaDbIT {

    @Test
    void plainTextWrittenBeforeV20IsEncryptedByV21() throws Exception {
        ScratchMariaDb.run(FreeTextMigrationCheck::run);
    }
}
