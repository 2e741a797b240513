package vn.tincay.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.tincay.account.UserAccount;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEntry;
import vn.tincay.audit.AuditLog;
import vn.tincay.incident.IncidentFiled;
import vn.tincay.security.Role;

/**
 * Tells every enabled coordinator of the district about an urgent incident, in the app, and says
 * whom to e-mail. Runs in a transaction of its own after the report has been saved, so the report
 * never depends on it, and the notifications are saved before any e-mail is tried.
 */
@Stateless
public class UrgentAlerts {

    public static final String SYSTEM_ACTOR = "system";
    public static final String SYSTEM_ROLE = "SYSTEM";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** @return the coordinators that have an e-mail address */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<AlertRecipient> notifyCoordinators(IncidentFiled filed) {
        List<UserAccount> coordinators = em.createQuery("SELECT a FROM UserAccount a WHERE a.role = :r "
                        + "AND a.district.id = :d AND a.enabled = TRUE ORDER BY a.id", UserAccount.class)
                .setParameter("r", Role.DISTRICT_COORDINATOR)
                .setParameter("d", filed.districtId())
                .getResultList();
        Instant now = Instant.now(clock);
        List<AlertRecipient> recipients = new ArrayList<>();
        for (UserAccount coordinator : coordinators) {
            em.persist(Notification.urgentIncident(coordinator.getId(), filed.incidentId(), filed.caseCode(), now));
            if (coordinator.getEmail() != null && !coordinator.getEmail().isBlank()) {
                recipients.add(new AlertRecipient(coordinator.getId(), coordinator.getEmail().trim()));
            }
        }
        audit.append(AuditEntry.of(SYSTEM_ACTOR, SYSTEM_ROLE, AuditAction.URGENT_ALERT_SENT)
                .target("Incident", filed.incidentId())
                .caseCode(filed.caseCode())
                .detail("in-app: " + coordinators.size() + ", e-mail: " + recipients.size()));
        return recipients;
    }
}
