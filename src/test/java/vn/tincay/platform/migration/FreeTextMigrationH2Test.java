package vn.tincay.platform.migration;

import org.junit.jupiter.api.Test;

/** V21 on the embedded database (H2 in MySQL mode, as the demo runs it). */
class FreeTextMigrationH2Test {

    @Test
    void plainTextWrittenBeforeV20IsEncryptedByV21() throws Exception {
        ScratchH2.run(FreeTextMigrationCheck::run);
    }
}
