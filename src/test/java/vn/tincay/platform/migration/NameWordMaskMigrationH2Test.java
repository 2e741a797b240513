package vn.tincay.platform.migration;

import org.junit.jupiter.api.Test;

/** V66 on the embedded database (H2 in MySQL mode, as the demo runs it). */
class NameWordMaskMigrationH2Test {

    @Test
    void nameWordsWrittenBeforeV66GetTheirNamesSignature() throws Exception {
        ScratchH2.run(NameWordMaskMigrationCheck::run);
    }
}
