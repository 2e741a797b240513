package vn.tincay.incident;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEntry;
import vn.tincay.audit.AuditLog;

/**
 * Drafts not continued for {@code tincay.drafts.retention-days} are deleted, each in a transaction of
 * its own with its audit row. Safe on several nodes at once: the delete names the row and repeats
 * the age condition, so of two nodes deleting the same draft one deletes it and the other deletes
 * nothing (it waits for the first's row lock, then finds no row) – and only a node that deleted the
 * row records it.
 */
@Stateless
@PermitAll
public class DraftRetention {

    /** How many drafts one run looks at; the next run takes the rest. */
    static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog auditLog;

    @Inject
    @ConfigProperty(name = "tincay.drafts.retention-days", defaultValue = "30")
    int retentionDays;

    public Instant cutoff(Instant now) {
        return now.minus(Duration.ofDays(Math.max(retentionDays, 1)));
    }

    public int retentionDays() {
        return retentionDays;
    }

    /** Drafts last saved before the cutoff, oldest first. */
    public List<Long> staleIds(Instant cutoff) {
        return em.createQuery("SELECT d.id FROM SavedDraft d WHERE d.updatedAt < :cutoff ORDER BY d.updatedAt",
                        Long.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** Coordination entries and referrals being typed, last saved before the cutoff. */
    public List<Long> staleFollowUpIds(Instant cutoff) {
        return em.createQuery("SELECT d.id FROM FollowUpDraft d WHERE d.updatedAt < :cutoff ORDER BY d.updatedAt",
                        Long.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** As {@link #deleteIfStale}, for a coordination entry or referral being typed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deleteFollowUpIfStale(long draftId, Instant cutoff) {
        int deleted = em.createQuery("DELETE FROM FollowUpDraft d WHERE d.id = :id AND d.updatedAt < :cutoff")
                .setParameter("id", draftId)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        if (deleted == 0) {
            return false;
        }
        auditLog.append(AuditEntry.of("system", "SYSTEM", AuditAction.FOLLOW_UP_DRAFT_EXPIRED)
                .target("FollowUpDraft", draftId)
                .detail("not continued for " + retentionDays + " days"));
        return true;
    }

    /** @return whether this call deleted the draft (and recorded it); false if it was continued or already gone */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deleteIfStale(long draftId, Instant cutoff) {
        int deleted = em.createQuery("DELETE FROM SavedDraft d WHERE d.id = :id AND d.updatedAt < :cutoff")
                .setParameter("id", draftId)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        if (deleted == 0) {
            return false;
        }
        // Who wrote it and when, never what: the draft's content is gone with it.
        auditLog.append(AuditEntry.of("system", "SYSTEM", AuditAction.INTAKE_DRAFT_EXPIRED)
                .target("IntakeDraft", draftId)
                .detail("not continued for " + retentionDays + " days"));
        return true;
    }
}
