package vn.tincay.platform.migration;

import org.junit.jupiter.api.Test;

/** V65 on MariaDB, in a database of its own that is dropped afterwards. */
class ReferralWaitingMigrationMariaDbIT {

    @Test
    void casesWithReferralsWrittenBeforeV65KeepWhetherOneWaits() throws Exception {
        ScratchMariaDb.run(ReferralWaitingMigrationCheck::run);
    }
}
