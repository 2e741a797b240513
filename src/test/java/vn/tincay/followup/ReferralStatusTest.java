package vn.tincay.followup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReferralStatusTest {

    @Test
    void aSentReferralIsAnsweredByAcceptingOrDeclining() {
        assertTrue(ReferralStatus.SENT.canMoveTo(ReferralStatus.ACCEPTED));
        assertTrue(ReferralStatus.SENT.canMoveTo(ReferralStatus.DECLINED));
        assertFalse(ReferralStatus.SENT.canMoveTo(ReferralStatus.SERVICE_PROVIDED));
    }

    @Test
    void serviceIsProvidedOnlyAfterAcceptanceAndAClosedReferralStaysClosed() {
        assertTrue(ReferralStatus.ACCEPTED.canMoveTo(ReferralStatus.SERVICE_PROVIDED));
        assertFalse(ReferralStatus.DECLINED.canMoveTo(ReferralStatus.SERVICE_PROVIDED));
        for (ReferralStatus target : ReferralStatus.values()) {
            assertFalse(ReferralStatus.CLOSED.canMoveTo(target));
        }
    }
}
