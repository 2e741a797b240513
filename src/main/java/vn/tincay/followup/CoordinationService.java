package vn.tincay.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tincay.audit.AuditAction;
import vn.tincay.incident.CaseAudit;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentService;
import vn.tincay.incident.IncidentStatus;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;

/**
 * The coordination log of a case: who the case was coordinated with, what was done, and the next
 * step. Follow-up work belongs to the school focal point and the district coordinator; the staff
 * member who reported sees only the status, so every method requires follow-up rights and the
 * case in the caller's scope.
 */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class CoordinationService {

    /** A case's timeline longer than this is cut (oldest entries last). */
    static final int TIMELINE_MAX = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private CaseAudit audit;

    @EJB
    private IncidentService incidents;

    private final Clock clock = Clock.systemUTC();

    /** Records an entry in the case's log and returns its id. */
    public long record(long incidentId, @Valid @NotNull CoordinationDraft draft) {
        Caller caller = callers.get();
        IncidentService.requireFollowUp(caller);
        Incident incident = incidents.visible(caller, incidentId);
        // Locked and read again first: a case closed a moment ago takes no entry.
        CaseFollowUpRow.lock(em, incident);
        Instant now = Instant.now(clock);
        CoordinationEntry entry = new CoordinationEntry(incident, draft.getAgency(), draft.getActionTaken(),
                draft.getOutcome(), draft.getNextStep(), draft.getNextStepDue(), caller.username(), now);
        em.persist(entry);
        em.flush();
        CaseFollowUpRow.keepEarliestOpenStep(em, incidentId);
        audit.record(caller, AuditAction.COORDINATION_RECORDED, "CoordinationEntry", entry.getId(),
                incident.getCaseCode(), "agency " + entry.getAgency()
                        + (entry.getNextStepDue() == null ? "" : ", next step due " + entry.getNextStepDue()));
        FollowUpDraftService.forget(em, caller, FollowUpForm.COORDINATION, incidentId);
        return entry.getId();
    }

    /** Marks an entry's next step done; refused when someone changed the entry since the caller read it. */
    public void markNextStepDone(long entryId, int expectedVersion) {
        Caller caller = callers.get();
        IncidentService.requireFollowUp(caller);
        CoordinationEntry entry = em.find(CoordinationEntry.class, entryId);
        if (entry == null) {
            throw new RecordNotFoundException();
        }
        Incident incident = incidents.visible(caller, entry.getIncident().getId());
        CaseFollowUpRow.lock(em, incident);
        if (incident.getStatus() == IncidentStatus.CLOSED) {
            throw new UserFacingException("coordination.error.caseClosed");
        }
        if (entry.getVersion() != expectedVersion) {
            throw new UserFacingException("error.staleEdit");
        }
        entry.markNextStepDone();
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new UserFacingException("error.staleEdit");
        }
        CaseFollowUpRow.keepEarliestOpenStep(em, incident.getId());
        audit.record(caller, AuditAction.NEXT_STEP_DONE, "CoordinationEntry", entry.getId(), incident.getCaseCode(),
                null);
    }

    /** Whether the case takes new entries: not while it is closed. */
    public boolean acceptsEntries(long incidentId) {
        Caller caller = callers.get();
        IncidentService.requireFollowUp(caller);
        return incidents.readable(caller, incidentId).getStatus() != IncidentStatus.CLOSED;
    }

    /** The case's coordination log, newest first, with overdue next steps marked. */
    public List<CoordinationEntryRow> timeline(long incidentId) {
        Caller caller = callers.get();
        IncidentService.requireFollowUp(caller);
        Incident incident = incidents.readable(caller, incidentId);
        LocalDate today = LocalTime.today(clock);
        return em.createQuery("SELECT c, a.displayName FROM CoordinationEntry c "
                        + "LEFT JOIN UserAccount a ON a.username = c.recordedBy "
                        + "WHERE c.incident = :i ORDER BY c.recordedAt DESC, c.id DESC", Object[].class)
                .setParameter("i", incident)
                .setMaxResults(TIMELINE_MAX)
                .getResultList().stream()
                .map(row -> new CoordinationEntryRow((CoordinationEntry) row[0], (String) row[1], today))
                .toList();
    }
}
