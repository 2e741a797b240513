package vn.tincay.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEntry;
import vn.tincay.audit.AuditLog;
import vn.tincay.followup.CoordinationEntry;
import vn.tincay.followup.Referral;
import vn.tincay.incident.CaseAudit;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentService;
import vn.tincay.incident.IncidentStatus;
import vn.tincay.incident.IncidentStatusChange;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;

/**
 * Storage limitation: a closed case is anonymised a configured number of years after it closed –
 * identity, narrative and every free text of its follow-up destroyed, attachments deleted; the
 * facts counted in statistics kept. The district coordinator sees what is due and can hold a case
 * with a reason (legal proceedings); every hold, release and anonymisation is audited.
 */
@Stateless
@RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
public class RetentionService {

    /** How far ahead the coordinator is shown what will become due. */
    public static final int NOTICE_DAYS = 60;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private CaseAudit audit;

    @EJB
    private AuditLog auditLog;

    @EJB
    private IncidentService incidents;

    @Inject
    @ConfigProperty(name = "tincay.retention.years", defaultValue = "5")
    int retentionYears;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    private final Clock clock = Clock.systemUTC();

    public int getRetentionYears() {
        return retentionYears;
    }

    /** Closed cases of the caller's district that are due within the notice period, or held; oldest first. */
    public List<RetentionRow> dueOrHeld() {
        Caller caller = callers.get();
        Instant now = Instant.now(clock);
        Instant closedBefore = cutoff(now.plus(java.time.Duration.ofDays(NOTICE_DAYS)));
        return em.createQuery("SELECT i FROM Incident i JOIN FETCH i.school WHERE i.district.id = :d "
                        + "AND i.status = :closed AND i.anonymisedAt IS NULL "
                        + "AND (i.closedAt <= :before OR i.retentionHoldAt IS NOT NULL) ORDER BY i.closedAt, i.id",
                        Incident.class)
                .setParameter("d", caller.districtId())
                .setParameter("closed", IncidentStatus.CLOSED)
                .setParameter("before", closedBefore)
                .setMaxResults(500)
                .getResultList().stream()
                .map(i -> new RetentionRow(i.getId(), i.getCaseCode(), i.getSchool().getName(), i.getClosedAt(),
                        dueAt(i.getClosedAt()), i.getRetentionHoldAt() != null,
                        i.getRetentionHoldBy(), i.getRetentionHoldAt()))
                .toList();
    }

    public void hold(long incidentId, String reason) {
        Caller caller = callers.get();
        Incident incident = incidents.visible(caller, incidentId);
        if (incident.getStatus() != IncidentStatus.CLOSED) {
            throw new UserFacingException("retention.error.notClosed");
        }
        em.lock(incident, LockModeType.PESSIMISTIC_WRITE);
        incident.holdRetention(reason, caller.username(), Instant.now(clock));
        audit.record(caller, AuditAction.RETENTION_HELD, incident, "reason recorded with the case");
    }

    public void release(long incidentId) {
        Caller caller = callers.get();
        Incident incident = incidents.visible(caller, incidentId);
        em.lock(incident, LockModeType.PESSIMISTIC_WRITE);
        incident.releaseRetention(Instant.now(clock));
        audit.record(caller, AuditAction.RETENTION_RELEASED, incident, null);
    }

    /** Anonymises now the cases of the caller's district that are past their period and not held. */
    public int anonymiseDueInDistrict() {
        Caller caller = callers.get();
        List<Long> due = em.createQuery("SELECT i.id FROM Incident i WHERE i.district.id = :d AND i.status = :closed "
                        + "AND i.anonymisedAt IS NULL AND i.retentionHoldAt IS NULL AND i.closedAt <= :cutoff "
                        + "ORDER BY i.id", Long.class)
                .setParameter("d", caller.districtId())
                .setParameter("closed", IncidentStatus.CLOSED)
                .setParameter("cutoff", cutoff(Instant.now(clock)))
                .getResultList();
        RetentionService self = context.getBusinessObject(RetentionService.class);
        int done = 0;
        for (Long id : due) {
            if (self.anonymiseIfDue(id)) {
                done++;
            }
        }
        return done;
    }

    /** Ids of every case (any district) past its retention period and not held; for the daily run. */
    @PermitAll
    public List<Long> dueNow() {
        return em.createQuery("SELECT i.id FROM Incident i WHERE i.status = :closed AND i.anonymisedAt IS NULL "
                        + "AND i.retentionHoldAt IS NULL AND i.closedAt <= :cutoff ORDER BY i.id", Long.class)
                .setParameter("closed", IncidentStatus.CLOSED)
                .setParameter("cutoff", cutoff(Instant.now(clock)))
                .getResultList();
    }

    /** Anonymises one case if it is (still) due, in a transaction of its own; returns whether it did. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean anonymiseIfDue(long incidentId) {
        Incident incident = em.find(Incident.class, incidentId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock);
        if (incident == null || !incident.isDueForAnonymisation(cutoff(now))) {
            return false;
        }
        incident.anonymise(now);
        em.createQuery("DELETE FROM SurvivorNameWord w WHERE w.incidentId = :i").setParameter("i", incidentId)
                .executeUpdate();
        em.createQuery("DELETE FROM IdentityCorrection c WHERE c.incidentId = :i").setParameter("i", incidentId)
                .executeUpdate();
        em.createQuery("DELETE FROM Attachment a WHERE a.incident.id = :i").setParameter("i", incidentId)
                .executeUpdate();
        em.createQuery("SELECT c FROM CoordinationEntry c WHERE c.incident.id = :i", CoordinationEntry.class)
                .setParameter("i", incidentId).getResultList().forEach(CoordinationEntry::anonymise);
        em.createQuery("SELECT r FROM Referral r WHERE r.incident.id = :i", Referral.class)
                .setParameter("i", incidentId).getResultList().forEach(Referral::anonymise);
        em.createQuery("SELECT c FROM IncidentStatusChange c WHERE c.incident.id = :i", IncidentStatusChange.class)
                .setParameter("i", incidentId).getResultList().forEach(IncidentStatusChange::anonymise);
        auditLog.append(AuditEntry.of("system", "SYSTEM", AuditAction.CASE_ANONYMISED)
                .target("Incident", incidentId).caseCode(incident.getCaseCode())
                .detail("closed more than " + retentionYears + " years ago"));
        return true;
    }

    private Instant cutoff(Instant now) {
        return ZonedDateTime.ofInstant(now, LocalTime.ZONE).minusYears(retentionYears).toInstant();
    }

    private Instant dueAt(Instant closedAt) {
        return ZonedDateTime.ofInstant(closedAt, LocalTime.ZONE).plusYears(retentionYears).toInstant();
    }
}
