package vn.tincay.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Appends to the tamper-evident audit log and verifies it.
 *
 * <p>Recording an action inserts one row, signed with a keyed MAC ({@code TINCAY_AUDIT_KEY}, never
 * in the database) of its id and content, in the caller's transaction: the action and its audit
 * row commit or roll back together, and no row is locked but the new one. The {@link AuditSealer}
 * then chains the committed rows in the order it finds them (a keyed MAC over the place in the
 * chain, the row's MAC and the previous link) and signs the chain's end. Verification recomputes
 * every MAC: a changed row, a row removed or inserted, rows reordered or the end cut off show up,
 * and without the key none of it can be recomputed to hide the change.
 */
@Stateless
public class AuditLog {

    static final int VERIFY_PAGE = 1000;
    /** A row still unsealed after this long was not written through the application, or the sealer is stuck. */
    static final Duration SEALING_GRACE = Duration.ofMinutes(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditKeys keys;

    @EJB
    private AuditSealer sealer;

    private final Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void append(AuditEntry entry) {
        AuditEvent event = new AuditEvent(Instant.now(clock), entry);
        em.persist(event);
        // The id, which the database assigns, is part of what the row's MAC covers.
        em.flush();
        new AuditChain(keys).sign(event);
    }

    /** Appends in a transaction of its own, for callers that have none or must not share theirs. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void appendAlone(AuditEntry entry) {
        append(entry);
    }

    /** Seals what is waiting, then walks the whole chain and returns the first row that does not fit, if any. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuditVerification verify() {
        sealer.sealPending();
        AuditChain chain = new AuditChain(keys);
        String previous = AuditChain.GENESIS;
        long expectedSeq = 1;
        while (true) {
            List<AuditEvent> page = em.createQuery(
                            "SELECT e FROM AuditEvent e WHERE e.seq >= :from ORDER BY e.seq", AuditEvent.class)
                    .setParameter("from", expectedSeq)
                    .setMaxResults(VERIFY_PAGE)
                    .getResultList();
            for (AuditEvent event : page) {
                if (event.getSeq() != expectedSeq) {
                    return AuditVerification.broken(expectedSeq - 1, event.getId(), "missing");
                }
                if (!chain.rowIsAuthentic(event)) {
                    return AuditVerification.broken(expectedSeq - 1, event.getId(), "content");
                }
                if (!chain.chainMac(chain.chainKey(event), previous, expectedSeq, event).equals(event.getChainMac())) {
                    return AuditVerification.broken(expectedSeq - 1, event.getId(), "previous-hash");
                }
                previous = event.getChainMac();
                expectedSeq++;
            }
            em.clear();
            if (page.size() < VERIFY_PAGE) {
                break;
            }
        }
        long checked = expectedSeq - 1;
        AuditSeal seal = em.find(AuditSeal.class, AuditSeal.ID);
        if (seal.getLastSeq() != checked || !seal.getLastMac().equals(previous) || !chain.headIsAuthentic(seal)) {
            return AuditVerification.broken(checked, checked, "missing-tail");
        }
        List<Long> stray = em.createQuery("SELECT e.id FROM AuditEvent e WHERE e.seq IS NULL AND e.occurredAt < :before "
                        + "ORDER BY e.id", Long.class)
                .setParameter("before", Instant.now(clock).minus(SEALING_GRACE))
                .setMaxResults(1)
                .getResultList();
        if (!stray.isEmpty()) {
            return AuditVerification.broken(checked, stray.get(0), "unsealed");
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
