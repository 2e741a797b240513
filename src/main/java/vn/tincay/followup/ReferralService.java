package vn.tincay.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.tincay.audit.AuditAction;
import vn.tincay.incident.CaseAudit;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentService;
import vn.tincay.incident.SurvivorIdentity;
import vn.tincay.organisation.ServiceOrganisation;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;
import vn.tincay.statistics.MonthlyCounts;

/**
 * Referrals of cases to service organisations. The referring side (school focal point, district
 * coordinator) works on cases in its scope; a support service sees only the referrals sent to its
 * own organisation, with the minimum about the case – anything else answers "not found".
 */
@Stateless
public class ReferralService {

    private static final List<ReferralStatus> OPEN = List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED,
            ReferralStatus.SERVICE_PROVIDED);
    private static final Map<String, String> SORTABLE = Map.of(
            "referredAt", "r.referredAt", "status", "r.status", "caseCode", "i.caseCode");
    private static final int MAX_PAGE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private CaseAudit audit;

    @EJB
    private MonthlyCounts monthlyCounts;

    @EJB
    private IncidentService incidents;

    private final Clock clock = Clock.systemUTC();

    // ---- The referring side

    /**
     * Sends a referral. Without recorded consent to referral only a legal basis with a written
     * reason lets it go; such a referral is audited with its basis and reason.
     */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public long send(long incidentId, @Valid @NotNull ReferralDraft draft) {
        Caller caller = callers.get();
        IncidentService.requireFollowUp(caller);
        Incident incident = incidents.visible(caller, incidentId);
        // Serialises sends on one case, so a double submission cannot open the same referral twice, reads the
        // consents again (a withdrawal a moment ago stops the referral), and the case's waiting flag is written
        // after the other writers' referrals are committed.
        CaseFollowUpRow.lock(em, incident);
        ServiceOrganisation to = draft.getServiceOrganisationId() == null ? null
                : em.find(ServiceOrganisation.class, draft.getServiceOrganisationId());
        Referral referral = new Referral(incident, to, draft.getNeeds(), draft.getBasis(), draft.getBasisReason(),
                caller.username(), Instant.now(clock));
        // A locking read: it sees a referral committed while this send waited for the case's lock, which the
        // transaction's earlier snapshot could miss.
        boolean open = !em.createQuery("SELECT r.id FROM Referral r WHERE r.incident = :i "
                        + "AND r.serviceOrganisation = :o AND r.status IN :open", Long.class)
                .setParameter("i", incident).setParameter("o", to).setParameter("open", OPEN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().isEmpty();
        if (open) {
            throw new UserFacingException("referral.error.alreadyOpen");
        }
        em.persist(referral);
        em.flush();
        CaseFollowUpRow.keepReferralWaiting(em, incidentId);
        monthlyCounts.added(referral);
        String detail = "to organisation " + to.getId() + " (" + to.getKind() + "); basis " + referral.getBasis();
        if (referral.getBasis().isLegalBasis()) {
            // The written reason stays in the referral, encrypted: nothing typed about a case goes to the log.
            audit.record(caller, AuditAction.REFERRAL_SENT_WITHOUT_CONSENT, "Referral", referral.getId(),
                    incident.getCaseCode(), detail + "; reason recorded with the referral");
        } else {
            audit.record(caller, AuditAction.REFERRAL_SENT, "Referral", referral.getId(), incident.getCaseCode(),
                    detail);
        }
        FollowUpDraftService.forget(em, caller, FollowUpForm.REFERRAL, incidentId);
        return referral.getId();
    }

    /** The referrals of a case, newest first. */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public List<CaseReferralRow> ofCase(long incidentId) {
        Caller caller = callers.get();
        IncidentService.requireFollowUp(caller);
        Incident incident = incidents.readable(caller, incidentId);
        return em.createQuery("SELECT NEW vn.tincay.followup.CaseReferralRow(r.id, r.version, o.name, o.kind, "
                        + "r.needs, r.basis, r.basisReason, r.status, COALESCE(a.displayName, r.referredBy), "
                        + "r.referredAt, r.responseNote, r.serviceProvided, r.respondedAt, r.closedAt) "
                        + "FROM Referral r JOIN r.serviceOrganisation o "
                        + "LEFT JOIN UserAccount a ON a.username = r.referredBy "
                        + "WHERE r.incident = :i ORDER BY r.referredAt DESC, r.id DESC", CaseReferralRow.class)
                .setParameter("i", incident)
                .getResultList();
    }

    /** What the referral form of a case offers: consent, bases and the organisations that can receive it. */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public ReferralOptions options(long incidentId) {
        Caller caller = callers.get();
        IncidentService.requireFollowUp(caller);
        Incident incident = incidents.readable(caller, incidentId);
        return new ReferralOptions(incident, receivers(incident));
    }

    /** Registered, active service organisations of the case's district. */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public List<OrganisationOption> receivers(long incidentId) {
        Caller caller = callers.get();
        IncidentService.requireFollowUp(caller);
        return receivers(incidents.readable(caller, incidentId));
    }

    private List<OrganisationOption> receivers(Incident incident) {
        return em.createQuery("SELECT NEW vn.tincay.followup.OrganisationOption(o.id, o.name, o.kind) "
                        + "FROM ServiceOrganisation o WHERE o.district.id = :d AND o.active = TRUE "
                        + "ORDER BY o.name", OrganisationOption.class)
                .setParameter("d", incident.getDistrict().getId())
                .getResultList();
    }

    /** The referring side closes a referral of a case in its scope, once the service has answered. */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public void close(long referralId, int expectedVersion) {
        Caller caller = callers.get();
        IncidentService.requireFollowUp(caller);
        Referral referral = em.find(Referral.class, referralId);
        if (referral == null) {
            throw new RecordNotFoundException();
        }
        incidents.visible(caller, referral.getIncident().getId());
        ReferralStatus from = referral.getStatus();
        answer(caller, referral, expectedVersion, () -> referral.close(Instant.now(clock)),
                from + " -> " + ReferralStatus.CLOSED + " by the referring side");
    }

    // ---- The receiving service

    /** A page of the referrals sent to the caller's organisation (all statuses when status is null). */
    @RolesAllowed(Role.SUPPORT_SERVICE_NAME)
    public List<ServiceReferralRow> received(ReferralStatus status, int first, int max, String sortField,
                                             boolean ascending) {
        Caller caller = callers.get();
        String order = SORTABLE.getOrDefault(sortField == null ? "" : sortField, "r.referredAt");
        boolean asc = sortField != null && SORTABLE.containsKey(sortField) && ascending;
        TypedQuery<ServiceReferralRow> query = em.createQuery("SELECT NEW vn.tincay.followup.ServiceReferralRow("
                + "r.id, i.caseCode, i.survivorAgeGroup, i.survivorSex, i.type, r.needs, r.status, r.referredAt) "
                + "FROM Referral r JOIN r.incident i WHERE r.serviceOrganisation.id = :org"
                + (status == null ? "" : " AND r.status = :status")
                + " ORDER BY " + order + (asc ? " ASC" : " DESC") + ", r.id DESC", ServiceReferralRow.class);
        query.setParameter("org", organisationOf(caller));
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), MAX_PAGE))
                .getResultList();
    }

    /** How many referrals were sent to the caller's organisation (with that status when not null). */
    @RolesAllowed(Role.SUPPORT_SERVICE_NAME)
    public long countReceived(ReferralStatus status) {
        Caller caller = callers.get();
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM Referral r WHERE r.serviceOrganisation.id = :org"
                + (status == null ? "" : " AND r.status = :status"), Long.class);
        query.setParameter("org", organisationOf(caller));
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    /** Referrals waiting for the caller's organisation to accept or decline them. */
    @RolesAllowed(Role.SUPPORT_SERVICE_NAME)
    public long countWaiting() {
        return countReceived(ReferralStatus.SENT);
    }

    /** One referral sent to the caller's organisation, with the minimum about the case; audited. */
    @RolesAllowed(Role.SUPPORT_SERVICE_NAME)
    public ServiceReferralView view(long referralId) {
        Caller caller = callers.get();
        Referral referral = receivedByCaller(caller, referralId);
        audit.record(caller, AuditAction.REFERRAL_VIEWED, "Referral", referral.getId(),
                referral.getIncident().getCaseCode(), null);
        return new ServiceReferralView(referral);
    }

    /**
     * The survivor's and guardian's contact details, only when the survivor agreed to share them
     * with services; every look is audited as a view of identity.
     */
    @RolesAllowed(Role.SUPPORT_SERVICE_NAME)
    public ReferralContact contactDetails(long referralId) {
        Caller caller = callers.get();
        Referral referral = receivedByCaller(caller, referralId);
        if (!referral.mayShareContact()) {
            throw new UserFacingException("referral.error.noContactConsent");
        }
        String caseCode = referral.getIncident().getCaseCode();
        audit.record(caller, AuditAction.REFERRAL_VIEWED, "Referral", referral.getId(), caseCode, "contact details");
        audit.record(caller, AuditAction.IDENTITY_VIEWED, "Referral", referral.getId(), caseCode,
                "contact details shared with consent");
        SurvivorIdentity identity = referral.getIncident().getSurvivor();
        return new ReferralContact(identity.getFullName(), identity.getGuardianName(), identity.getGuardianPhone());
    }

    /** The service accepts a referral sent to it; returns the referral as it now stands. */
    @RolesAllowed(Role.SUPPORT_SERVICE_NAME)
    public ServiceReferralView accept(long referralId, int expectedVersion, @Size(max = Referral.TEXT) String note) {
        Caller caller = callers.get();
        Referral referral = receivedByCaller(caller, referralId);
        answer(caller, referral, expectedVersion, () -> referral.accept(note, Instant.now(clock)),
                ReferralStatus.SENT + " -> " + ReferralStatus.ACCEPTED);
        return new ServiceReferralView(referral);
    }

    /** The service declines a referral sent to it, with a reason. */
    @RolesAllowed(Role.SUPPORT_SERVICE_NAME)
    public ServiceReferralView decline(long referralId, int expectedVersion,
                                       @Size(max = Referral.TEXT) String reason) {
        Caller caller = callers.get();
        Referral referral = receivedByCaller(caller, referralId);
        answer(caller, referral, expectedVersion, () -> referral.decline(reason, Instant.now(clock)),
                ReferralStatus.SENT + " -> " + ReferralStatus.DECLINED);
        return new ServiceReferralView(referral);
    }

    /** The service records what it provided on an accepted referral. */
    @RolesAllowed(Role.SUPPORT_SERVICE_NAME)
    public ServiceReferralView recordServiceProvided(long referralId, int expectedVersion,
                                                     @Size(max = Referral.TEXT) String service) {
        Caller caller = callers.get();
        Referral referral = receivedByCaller(caller, referralId);
        ReferralStatus from = referral.getStatus();
        answer(caller, referral, expectedVersion, () -> referral.recordServiceProvided(service, Instant.now(clock)),
                from + " -> " + ReferralStatus.SERVICE_PROVIDED);
        return new ServiceReferralView(referral);
    }

    /** The service closes a referral sent to it once it has answered. */
    @RolesAllowed(Role.SUPPORT_SERVICE_NAME)
    public ServiceReferralView closeReceived(long referralId, int expectedVersion) {
        Caller caller = callers.get();
        Referral referral = receivedByCaller(caller, referralId);
        ReferralStatus from = referral.getStatus();
        answer(caller, referral, expectedVersion, () -> referral.close(Instant.now(clock)),
                from + " -> " + ReferralStatus.CLOSED);
        return new ServiceReferralView(referral);
    }

    /**
     * Moves a referral on. The case's row is locked first, as every write of a case's referrals does (the
     * order of locks: case, referral, monthly counts), then its waiting flag is written again.
     */
    private void answer(Caller caller, Referral referral, int expectedVersion, Runnable change, String detail) {
        if (referral.getVersion() != expectedVersion) {
            throw new UserFacingException("error.staleEdit");
        }
        long incidentId = referral.getIncident().getId();
        CaseFollowUpRow.lock(em, referral.getIncident());
        ReferralStatus from = referral.getStatus();
        change.run();
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new UserFacingException("error.staleEdit");
        }
        CaseFollowUpRow.keepReferralWaiting(em, incidentId);
        monthlyCounts.moved(referral, from);
        audit.record(caller, AuditAction.REFERRAL_ANSWERED, "Referral", referral.getId(),
                referral.getIncident().getCaseCode(), detail);
    }

    private Referral receivedByCaller(Caller caller, long referralId) {
        Referral referral = em.createQuery("SELECT r FROM Referral r JOIN FETCH r.incident WHERE r.id = :id "
                        + "AND r.serviceOrganisation.id = :org", Referral.class)
                .setParameter("id", referralId)
                .setParameter("org", organisationOf(caller))
                .getResultStream().findFirst().orElse(null);
        if (referral == null) {
            incidents.refused(caller, "Referral", referralId, "referral not sent to the caller's organisation");
            throw new RecordNotFoundException();
        }
        return referral;
    }

    private static long organisationOf(Caller caller) {
        if (caller.role() != Role.SUPPORT_SERVICE || caller.serviceOrganisationId() == null) {
            throw new RecordNotFoundException();
        }
        return caller.serviceOrganisationId();
    }
}
