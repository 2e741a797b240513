package vn.tincay.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Appends to the tamper-evident audit log and verifies it. Appends join the caller's transaction,
 * so an action and its audit row commit or roll back together.
 */
@Stateless
public class AuditLog {

    static final int VERIFY_PAGE = 1000;

    @PersistenceContext
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void append(AuditEntry entry) {
        // Locking the single head row serialises appends, so the chain has no forks.
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEvent event = new AuditEvent(head.getLastId() + 1, Instant.now(clock), entry, head.getLastHash());
        em.persist(event);
        head.advance(event.getId(), event.getHash());
    }

    /** Appends in a transaction of its own, for callers that have none or must not share theirs. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void appendAlone(AuditEntry entry) {
        append(entry);
    }

    /** Walks the whole chain and returns the first row that does not fit, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AuditVerification verify() {
        String expectedPrev = AuditEvent.GENESIS_HASH;
        long expectedId = 1;
        long checked = 0;
        while (true) {
            List<AuditEvent> page = em.createQuery(
                            "SELECT e FROM AuditEvent e WHERE e.id >= :from ORDER BY e.id", AuditEvent.class)
                    .setParameter("from", expectedId)
                    .setMaxResults(VERIFY_PAGE)
                    .getResultList();
            for (AuditEvent event : page) {
                if (event.getId() != expectedId) {
                    return AuditVerification.broken(checked, expectedId, "missing");
                }
                if (!event.getPrevHash().equals(expectedPrev)) {
                    return AuditVerification.broken(checked, event.getId(), "previous-hash");
                }
                if (!event.computeHash().equals(event.getHash())) {
                    return AuditVerification.broken(checked, event.getId(), "content");
                }
                expectedPrev = event.getHash();
                expectedId++;
                checked++;
            }
            em.clear();
            if (page.size() < VERIFY_PAGE) {
                break;
            }
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (head.getLastId() != expectedId - 1 || !head.getLastHash().equals(expectedPrev)) {
            return AuditVerification.broken(checked, expectedId, "missing-tail");
        }
        return AuditVerification.intact(checked);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEvent> recent(int first, int max, Optional<String> actor) {
        var query = actor.isPresent()
                ? em.createQuery("SELECT e FROM AuditEvent e WHERE e.actor = :actor ORDER BY e.id DESC", AuditEvent.class)
                        .setParameter("actor", actor.get())
                : em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.id DESC", AuditEvent.class);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * Events of the given actions that concern no case, newest first; with a username, only those
     * the user did or that were about the user's account. For readers who must not learn about cases.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEvent> findOutsideCases(Set<AuditAction> actions, Optional<String> username, int first, int max) {
        return outsideCases(AuditEvent.class, "SELECT e", actions, username, " ORDER BY e.id DESC")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countOutsideCases(Set<AuditAction> actions, Optional<String> username) {
        return outsideCases(Long.class, "SELECT COUNT(e)", actions, username, "").getSingleResult();
    }

    private <T> TypedQuery<T> outsideCases(Class<T> type, String select, Set<AuditAction> actions,
                                           Optional<String> username, String order) {
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("No audit action asked for");
        }
        String jpql = select + " FROM AuditEvent e WHERE e.action IN :actions AND e.caseCode IS NULL"
                + (username.isPresent()
                        ? " AND (e.actor = :user OR (e.targetType = 'UserAccount' AND e.targetId = :user))" : "")
                + order;
        TypedQuery<T> query = em.createQuery(jpql, type).setParameter("actions", actions);
        username.ifPresent(u -> query.setParameter("user", u));
        return query;
    }
}
