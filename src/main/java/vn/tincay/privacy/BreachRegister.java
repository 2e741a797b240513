package vn.tincay.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEntry;
import vn.tincay.audit.AuditLog;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.security.CallerContext;
import vn.tincay.security.RequestOrigin;
import vn.tincay.security.Role;

/**
 * The administrator's register of personal data breaches: record a suspected breach when it is
 * discovered, see the 72-hour deadline to notify the authority, record what was notified to whom
 * and when, close it. Every step is audited (never the description).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class BreachRegister {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private RequestOrigin origin;

    @EJB
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    public List<BreachView> list() {
        List<BreachRecord> breaches = em.createQuery("SELECT b FROM BreachRecord b ORDER BY b.discoveredAt DESC, "
                + "b.id DESC", BreachRecord.class).setMaxResults(200).getResultList();
        if (breaches.isEmpty()) {
            return List.of();
        }
        Map<Long, List<BreachNotification>> sent = em.createQuery("SELECT n FROM BreachNotification n "
                        + "WHERE n.breachId IN :ids ORDER BY n.notifiedAt", BreachNotification.class)
                .setParameter("ids", breaches.stream().map(BreachRecord::getId).toList())
                .getResultList().stream().collect(Collectors.groupingBy(BreachNotification::getBreachId));
        Instant now = Instant.now(clock);
        return breaches.stream().map(b -> BreachView.of(b, sent.getOrDefault(b.getId(), List.of()), now)).toList();
    }

    public long record(Instant discoveredAt, String description, BreachRecord.DataAffected dataAffected,
                       Integer peopleAffected) {
        String by = callers.get().username();
        BreachRecord breach = new BreachRecord(discoveredAt, description, dataAffected, peopleAffected, by,
                Instant.now(clock));
        em.persist(breach);
        em.flush();
        record(AuditAction.BREACH_RECORDED, breach.getId(), dataAffected + ", deadline " + breach.deadline());
        return breach.getId();
    }

    public void notified(long breachId, BreachNotification.Recipient recipient, String recipientName,
                         BreachNotification.Channel channel, Instant notifiedAt, String content) {
        BreachRecord breach = find(breachId);
        BreachNotification notification = new BreachNotification(breach, recipient, recipientName, channel, notifiedAt,
                content, callers.get().username(), Instant.now(clock));
        em.persist(notification);
        if (recipient == BreachNotification.Recipient.AUTHORITY) {
            breach.confirm();
        }
        record(AuditAction.BREACH_NOTIFIED, breachId, recipient + " by " + channel + " at " + notifiedAt
                + (notifiedAt.isAfter(breach.deadline()) ? " (after the 72-hour deadline)" : ""));
    }

    public void close(long breachId) {
        BreachRecord breach = find(breachId);
        breach.close(Instant.now(clock));
        record(AuditAction.BREACH_CLOSED, breachId, null);
    }

    private BreachRecord find(long id) {
        BreachRecord breach = em.find(BreachRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (breach == null) {
            throw new RecordNotFoundException();
        }
        return breach;
    }

    private void record(AuditAction action, long breachId, String detail) {
        var caller = callers.get();
        audit.append(AuditEntry.of(caller.username(), caller.role().name(), action)
                .target("Breach", breachId).ip(origin.ip()).detail(detail));
    }
}
