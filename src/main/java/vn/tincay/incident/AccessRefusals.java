package vn.tincay.incident;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.account.UserAccount;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEntry;
import vn.tincay.audit.AuditLog;
import vn.tincay.notification.Notification;
import vn.tincay.security.Caller;
import vn.tincay.security.RequestOrigin;
import vn.tincay.security.Role;

/**
 * Records every refused access to a case, an attachment or a referral (who, which id, when, from
 * where) in a transaction of its own, since the refusal rolls the caller's back. When one account
 * collects many refusals in a short time – an insider probing ids – the district's coordinators
 * are told, once per window.
 */
@Stateless
public class AccessRefusals {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    @ConfigProperty(name = "tincay.refusals.alert-threshold", defaultValue = "10")
    int threshold;

    @Inject
    @ConfigProperty(name = "tincay.refusals.alert-window-minutes", defaultValue = "10")
    int windowMinutes;

    private final Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Caller caller, String targetType, Object targetId, String attempted) {
        audit.append(AuditEntry.of(caller.username(), caller.role().name(), AuditAction.ACCESS_REFUSED)
                .target(targetType, targetId)
                .ip(origin.ip())
                .detail(attempted));
        Instant since = Instant.now(clock).minus(Duration.ofMinutes(windowMinutes));
        if (count(caller.username(), AuditAction.ACCESS_REFUSED, since) < threshold
                || count(caller.username(), AuditAction.ACCESS_REFUSALS_ALERTED, since) > 0) {
            return;
        }
        List<UserAccount> coordinators = caller.districtId() == null ? List.of()
                : em.createQuery("SELECT a FROM UserAccount a WHERE a.role = :r AND a.district.id = :d "
                        + "AND a.enabled = TRUE ORDER BY a.id", UserAccount.class)
                .setParameter("r", Role.DISTRICT_COORDINATOR)
                .setParameter("d", caller.districtId())
                .getResultList();
        Instant now = Instant.now(clock);
        for (UserAccount coordinator : coordinators) {
            if (!coordinator.getUsername().equals(caller.username())) {
                em.persist(Notification.accessRefusals(coordinator.getId(), caller.username(), now));
            }
        }
        audit.append(AuditEntry.of("system", "SYSTEM", AuditAction.ACCESS_REFUSALS_ALERTED)
                .target("UserAccount", caller.username())
                .detail(threshold + " refusals in " + windowMinutes + " minutes; coordinators told: "
                        + coordinators.size()));
    }

    private long count(String actor, AuditAction action, Instant since) {
        String column = action == AuditAction.ACCESS_REFUSED ? "e.actor" : "e.targetId";
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE " + column + " = :a AND e.action = :act "
                        + "AND e.occurredAt >= :since", Long.class)
                .setParameter("a", actor).setParameter("act", action).setParameter("since", since)
                .getSingleResult();
    }
}
