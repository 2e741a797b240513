package vn.tincay.platform.migration;

import org.junit.jupiter.api.Test;

/** V30 on the embedded database (H2 in MySQL mode, as the demo runs it). */
class GbvAnswersMigrationH2Test {

    @Test
    void yesNoAnswersWrittenBeforeV30BecomeYesAndNo() throws Exception {
        ScratchH2.run(GbvAnswersMigrationCheck::run);
    }
}
