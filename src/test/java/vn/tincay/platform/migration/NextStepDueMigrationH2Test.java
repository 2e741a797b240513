package vn.tincay.platform.migration;

import org.junit.jupiter.api.Test;

/** V63 on the embedded database (H2 in MySQL mode, as the demo runs it). */
class NextStepDueMigrationH2Test {

    @Test
    void casesWithStepsWrittenBeforeV63KeepTheirEarliestOpenStepsDueDate() throws Exception {
        ScratchH2.run(NextStepDueMigrationCheck::run);
    }
}
