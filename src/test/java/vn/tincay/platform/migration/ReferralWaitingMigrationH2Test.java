package vn.tincay.platform.migration;

import org.junit.jupiter.api.Test;

/** V65 on the embedded database (H2 in MySQL mode, as the demo runs it). */
class ReferralWaitingMigrationH2Test {

    @Test
    void casesWithReferralsWrittenBeforeV65KeepWhetherOneWaits() throws Exception {
        ScratchH2.run(ReferralWaitingMigrationCheck::run);
    }
}
