package vn.tincay.followup;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.tincay.incident.Incident;

/**
 * What a case's row keeps of its follow-up for the lists, the home pages and the bell: the due date of
 * its earliest next step not yet done (V63) and whether one of its referrals waits for the service's
 * answer (V65). Every write that moves either first locks the case's row ({@link #lock}) and, once its
 * own change is flushed, writes the column again from the stored entries or referrals: with one writer
 * per case at a time, the column matches what is committed, and two writers never wait for each other's
 * rows and the case in turn. The lock also reads the case again, so what a write checks on it (its status,
 * the survivor's consents) is what was committed before it, not what the request read earlier. Only these columns are written: the case's version, which guards status
 * changes made on the same page, is not touched.
 */
public final class CaseFollowUpRow {

    private CaseFollowUpRow() {
    }

    /**
     * Locks the case's row until the transaction ends and reads the case again (the persistence provider
     * refreshes an entity it locks pessimistically): call it before checking and writing the case's follow-up,
     * and before changing the case itself in the same transaction.
     */
    public static void lock(EntityManager em, Incident incident) {
        em.lock(incident, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Writes the due date of the case's earliest next step not yet done (null when none). */
    static void keepEarliestOpenStep(EntityManager em, long incidentId) {
        em.createNativeQuery("UPDATE incident SET next_step_due = (SELECT MIN(c.next_step_due) "
                        + "FROM coordination_entry c WHERE c.incident_id = ? AND c.next_step_done = 0) WHERE id = ?")
                .setParameter(1, incidentId).setParameter(2, incidentId).executeUpdate();
    }

    /** Writes whether one of the case's referrals waits for the service's answer (is sent and not yet answered). */
    public static void keepReferralWaiting(EntityManager em, long incidentId) {
        em.createNativeQuery("UPDATE incident SET referral_waiting = CASE WHEN EXISTS (SELECT 1 FROM referral r "
                        + "WHERE r.incident_id = ? AND r.status = 'SENT') THEN 1 ELSE 0 END WHERE id = ?")
                .setParameter(1, incidentId).setParameter(2, incidentId).executeUpdate();
    }
}
