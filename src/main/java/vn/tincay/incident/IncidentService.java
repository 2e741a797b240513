package vn.tincay.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tincay.account.UserAccount;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEvent;
import vn.tincay.organisation.School;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;
import vn.tincay.security.crypto.Confidentiality;
import vn.tincay.security.crypto.NameIndex;

/**
 * The boundary for incident reports and their cases. Every method checks the caller's role and
 * record scope ({@link CaseScope}); an id outside the scope is "not found".
 */
@Stateless
@RolesAllowed({Role.SCHOOL_STAFF_NAME, Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class IncidentService {

    /** Reports of the same survivor in the district this close together may be one incident. */
    public static final int DUPLICATE_WINDOW_DAYS = DuplicateCheck.WINDOW_DAYS;

    private static final Map<String, String> SORTABLE = Map.of(
            "caseCode", "i.caseCode", "incidentDate", "i.incidentDate", "reportedDate", "i.reportedDate",
            "status", "i.status", "type", "i.type", "schoolName", "s.name", "urgent", "i.urgent");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private Confidentiality confidentiality;

    @Inject
    private CaseAudit audit;

    @Inject
    private Event<IncidentFiled> filed;

    @EJB
    private CaseCodes caseCodes;

    @EJB
    private AccessRefusals refusals;

    @Inject
    private DuplicateCheck duplicateCheck;

    private final Clock clock = Clock.systemUTC();

    /** The schools the caller may report for: their own, or every active school of the district. */
    public List<School> schoolsForIntake() {
        Caller caller = callers.get();
        if (caller.role() == Role.DISTRICT_COORDINATOR) {
            return em.createQuery("SELECT s FROM School s WHERE s.district.id = :d AND s.active = TRUE "
                    + "ORDER BY s.name", School.class).setParameter("d", caller.districtId()).getResultList();
        }
        return em.createQuery("SELECT s FROM School s WHERE s.id = :s", School.class)
                .setParameter("s", caller.schoolId()).getResultList();
    }

    /**
     * Files a report. A submission token already used returns the case it created. Possible
     * duplicates hold the report back until the reporter says they reviewed them.
     */
    public IntakeResult fileReport(@Valid @NotNull IncidentDraft draft, boolean duplicatesReviewed) {
        Caller caller = callers.get();
        School school = schoolFor(caller, draft.getSchoolId());
        int year = LocalTime.today(clock).getYear();
        // Reports of a district are numbered one at a time. Taking that lock before looking for the
        // token makes a simultaneous second submission of the same draft wait, then find the first.
        caseCodes.lock(school.getDistrict().getId(), year);
        Object[] earlier = findSubmission(draft.getSubmissionToken());
        if (earlier != null) {
            if (((Number) earlier[2]).longValue() != caller.accountId()) {
                throw new RecordNotFoundException();
            }
            return new IntakeResult(((Number) earlier[0]).longValue(), (String) earlier[1], true, List.of());
        }
        NameIndex names = confidentiality.nameIndex();
        String nameHash = names.fullNameHash(draft.getSurvivorName());
        DuplicateCheck.Result duplicates = duplicateCheck.run(caller, school, draft.getSurvivorName(),
                draft.getIncidentDate());
        if (!duplicatesReviewed && !duplicates.visible().isEmpty()) {
            return new IntakeResult(null, null, false, duplicates.visible(), false);
        }
        Instant now = Instant.now(clock);
        String caseCode = caseCodes.next(school.getDistrict().getId(), school.getDistrict().getCode(), year);
        Incident incident = new Incident(caseCode, draft.getSubmissionToken(), school,
                em.getReference(UserAccount.class, caller.accountId()), now);
        fill(incident, draft, nameHash);
        em.persist(incident);
        em.persist(incident.reported(caller.username()));
        em.flush();
        for (String wordHash : names.wordHashes(draft.getSurvivorName())) {
            em.persist(new SurvivorNameWord(incident.getId(), wordHash));
        }
        audit.record(caller, AuditAction.INCIDENT_FILED, incident,
                incident.isUrgent() ? "urgent" : null);
        // Cases the reporter may not open are named only to those who may open both.
        duplicateCheck.notifyReviewers(incident, duplicates);
        filed.fire(new IncidentFiled(incident.getId(), caseCode, school.getDistrict().getId(), incident.isUrgent()));
        return new IntakeResult(incident.getId(), caseCode, false, List.of(), duplicates.hiddenFound());
    }

    /** id, case code and reporter of the incident a submission token created, read past any snapshot. */
    private Object[] findSubmission(String token) {
        List<?> rows = em.createNativeQuery("SELECT id, case_code, reported_by_id FROM incident "
                        + "WHERE submission_token = ? FOR UPDATE")
                .setParameter(1, token).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private static void fill(Incident incident, IncidentDraft draft, String nameHash) {
        LocalDate birth = draft.getSurvivorBirthDate();
        if (birth != null && draft.getIncidentDate() != null && birth.isAfter(draft.getIncidentDate())) {
            throw new UserFacingException("incident.error.birthAfterIncident");
        }
        incident.describeIncident(draft.getIncidentDate(), draft.getReportedDate(), draft.getPlaceType(),
                draft.isUrgent(), blankToNull(draft.getNarrative()));
        incident.answer(draft.getAnswers(), draft.isDomesticViolence(), draft.isChildAbuse(),
                draft.isOnlineViolence(), draft.isMarriageBrokering());
        SurvivorIdentity identity = new SurvivorIdentity(blankToNull(draft.getSurvivorName()),
                birth == null ? null : birth.toString(), blankToNull(draft.getSurvivorClass()),
                blankToNull(draft.getSurvivorAddress()), blankToNull(draft.getGuardianName()),
                blankToNull(draft.getGuardianPhone()));
        incident.describeSurvivor(identity, nameHash, draft.ageAtIncident(), draft.getSurvivorAgeGroup(),
                draft.getSurvivorSex(), draft.getSurvivorKind(), draft.isSurvivorDisability());
        for (PerpetratorDraft p : draft.getPerpetrators()) {
            incident.addPerpetrator(p.getRelationship(), p.getSex(), p.getAgeGroup());
        }
        incident.classify();
        incident.recordConsent(draft.getConsentGivenBy(), draft.isConsentToReferral(), draft.isConsentToStatistics(),
                draft.isConsentToShareContact());
    }

    private School schoolFor(Caller caller, Long requestedSchoolId) {
        if (caller.role() == Role.DISTRICT_COORDINATOR) {
            if (requestedSchoolId == null) {
                throw new UserFacingException("incident.error.schoolMissing");
            }
            School school = em.find(School.class, requestedSchoolId);
            if (school == null || !school.getDistrict().getId().equals(caller.districtId()) || !school.isActive()) {
                throw new RecordNotFoundException();
            }
            return school;
        }
        return em.find(School.class, caller.schoolId());
    }

    /** A page of the caller's cases, filtered and sorted in the database. */
    public ResultPage<IncidentRow> list(IncidentFilter filter, int first, int max, String sortField,
                                        boolean ascending) {
        Caller caller = callers.get();
        CaseScope scope = CaseScope.of(caller, "i");
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.condition());
        List<Object[]> parameters = new ArrayList<>();
        parameters.add(new Object[] {CaseScope.PARAMETER, scope.value()});
        IncidentFilter f = filter == null ? new IncidentFilter() : filter;
        condition(where, parameters, f.getStatus(), "i.status = :status", "status");
        condition(where, parameters, f.getType(), "i.type = :type", "type");
        condition(where, parameters, f.getSchoolId(), "i.school.id = :school", "school");
        condition(where, parameters, f.getFrom(), "i.incidentDate >= :from", "from");
        condition(where, parameters, f.getTo(), "i.incidentDate <= :to", "to");
        condition(where, parameters, f.getUrgent(), "i.urgent = :urgent", "urgent");
        if (f.isOpenOnly()) {
            condition(where, parameters, IncidentStatus.CLOSED, "i.status <> :closed", "closed");
        }
        if (f.getCaseCode() != null && !f.getCaseCode().isBlank()) {
            condition(where, parameters, "%" + f.getCaseCode().trim().toUpperCase() + "%",
                    "UPPER(i.caseCode) LIKE :code", "code");
        }
        if (f.isOverdueOnly()) {
            condition(where, parameters, LocalTime.today(clock), "EXISTS (SELECT c FROM CoordinationEntry c "
                    + "WHERE c.incident = i AND c.nextStepDone = FALSE AND c.nextStepDue < :today)", "today");
        }
        if (f.getSurvivorName() != null && !f.getSurvivorName().isBlank()) {
            Set<String> words = confidentiality.nameIndex().wordHashes(f.getSurvivorName());
            if (words.isEmpty()) {
                return new ResultPage<>(List.of(), 0);
            }
            where.append(" AND i.id IN (SELECT w.incidentId FROM SurvivorNameWord w WHERE w.wordHash IN :words "
                    + "GROUP BY w.incidentId HAVING COUNT(w.wordHash) = :wordCount)");
            parameters.add(new Object[] {"words", List.copyOf(words)});
            parameters.add(new Object[] {"wordCount", (long) words.size()});
            audit.record(caller, AuditAction.IDENTITY_SEARCHED, "Incident", null, null, "search by name");
        }
        String order = SORTABLE.getOrDefault(sortField == null ? "" : sortField, "i.reportedDate");
        boolean asc = sortField != null && SORTABLE.containsKey(sortField) && ascending;
        TypedQuery<IncidentRow> rows = em.createQuery("SELECT NEW vn.tincay.incident.IncidentRow(i.id, i.caseCode, "
                + "s.name, i.type, i.status, i.urgent, i.mustReport, i.incidentDate, i.reportedDate, "
                + "i.survivorAgeGroup, a.displayName) FROM Incident i JOIN i.school s LEFT JOIN i.assignedTo a"
                + where + " ORDER BY " + order + (asc ? " ASC" : " DESC") + ", i.id DESC", IncidentRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM Incident i" + where, Long.class);
        for (Object[] parameter : parameters) {
            rows.setParameter((String) parameter[0], parameter[1]);
            count.setParameter((String) parameter[0], parameter[1]);
        }
        List<IncidentRow> page = rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200))
                .getResultList();
        return new ResultPage<>(page, count.getSingleResult());
    }

    private static void condition(StringBuilder where, List<Object[]> parameters, Object value, String clause,
                                  String name) {
        if (value != null) {
            where.append(" AND ").append(clause);
            parameters.add(new Object[] {name, value});
        }
    }

    /** The case without identity or narrative. */
    public IncidentDetail detail(long id) {
        Caller caller = callers.get();
        Incident incident = visible(caller, id);
        audit.record(caller, AuditAction.INCIDENT_VIEWED, incident, null);
        return new IncidentDetail(incident, CaseScope.mayFollowUp(caller), caller.role() == Role.DISTRICT_COORDINATOR);
    }

    /** The survivor's identity and the narrative; every call is audited with its purpose. */
    public RevealedIdentity revealIdentity(long id, RevealPurpose purpose) {
        Caller caller = callers.get();
        Incident incident = visible(caller, id);
        audit.record(caller, AuditAction.IDENTITY_VIEWED, incident, RevealPurpose.auditDetail(purpose));
        return new RevealedIdentity(incident.getSurvivor(), incident.getNarrative());
    }

    /** Moves a case to another status (follow-up roles only); a stale version is refused. */
    public void changeStatus(long id, int expectedVersion, IncidentStatus target, CloseReason reason, String note) {
        Caller caller = callers.get();
        requireFollowUp(caller);
        Incident incident = visibleForUpdate(caller, id, expectedVersion);
        IncidentStatus from = incident.getStatus();
        em.persist(incident.changeStatus(target, reason, blankToNull(note), caller.username(), Instant.now(clock)));
        audit.record(caller, AuditAction.STATUS_CHANGED, incident, from + " -> " + target
                + (reason == null ? "" : " (" + reason + ")"));
    }

    /** Assigns the case to a coordinator of its district (district coordinators only). */
    @RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
    public void assign(long id, int expectedVersion, long coordinatorAccountId) {
        Caller caller = callers.get();
        Incident incident = visibleForUpdate(caller, id, expectedVersion);
        UserAccount coordinator = em.find(UserAccount.class, coordinatorAccountId);
        if (coordinator == null || coordinator.getRole() != Role.DISTRICT_COORDINATOR || !coordinator.isEnabled()
                || !coordinator.getDistrict().getId().equals(caller.districtId())) {
            throw new UserFacingException("incident.error.assignee");
        }
        incident.assignTo(coordinator, Instant.now(clock));
        audit.record(caller, AuditAction.INCIDENT_ASSIGNED, incident, "to " + coordinator.getUsername());
    }

    /** Coordinators a case of the caller's district can be assigned to. */
    @RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
    public List<UserAccount> assignableCoordinators() {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.role = :r AND a.district.id = :d "
                        + "AND a.enabled = TRUE ORDER BY a.displayName", UserAccount.class)
                .setParameter("r", Role.DISTRICT_COORDINATOR)
                .setParameter("d", callers.get().districtId())
                .getResultList();
    }

    public List<IncidentStatusChange> statusHistory(long id) {
        Incident incident = visible(callers.get(), id);
        return em.createQuery("SELECT c FROM IncidentStatusChange c WHERE c.incident = :i ORDER BY c.changedAt, c.id",
                IncidentStatusChange.class).setParameter("i", incident).getResultList();
    }

    /** Who looked at or changed the case, from the audit log (district coordinators only). */
    @RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
    public List<AuditEvent> accessHistory(long id) {
        Caller caller = callers.get();
        Incident incident = visible(caller, id);
        List<AuditEvent> events = em.createQuery("SELECT e FROM AuditEvent e WHERE e.caseCode = :c ORDER BY e.id DESC",
                AuditEvent.class).setParameter("c", incident.getCaseCode()).setMaxResults(500).getResultList();
        audit.record(caller, AuditAction.ACCESS_HISTORY_VIEWED, incident, null);
        return events;
    }

    /**
     * The incident if the caller's scope includes it; for services of the follow-up package, which
     * share the same rules.
     */
    public Incident visible(Caller caller, long id) {
        CaseScope scope = CaseScope.of(caller, "i");
        Incident incident = scope.isEmpty() ? null
                : em.createQuery("SELECT i FROM Incident i JOIN FETCH i.school WHERE i.id = :id AND "
                        + scope.condition(), Incident.class)
                .setParameter("id", id)
                .setParameter(CaseScope.PARAMETER, scope.value())
                .getResultStream().findFirst().orElse(null);
        if (incident == null) {
            // Missing and out of scope answer the same, and both leave a trace: probing ids is seen.
            refusals.record(caller, "Incident", id, "case outside the caller's scope or missing");
            throw new RecordNotFoundException();
        }
        return incident;
    }

    /** Records a refused access to something of a case other than the case itself (attachment, referral). */
    @jakarta.annotation.security.PermitAll
    public void refused(Caller caller, String targetType, Object targetId, String attempted) {
        refusals.record(caller, targetType, targetId, attempted);
    }

    /** As {@link #visible}, locked, and refused when someone changed it since the caller read it. */
    public Incident visibleForUpdate(Caller caller, long id, int expectedVersion) {
        Incident incident = visible(caller, id);
        if (incident.getVersion() != expectedVersion) {
            throw new UserFacingException("error.staleEdit");
        }
        em.lock(incident, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return incident;
    }

    public static void requireFollowUp(Caller caller) {
        if (!CaseScope.mayFollowUp(caller)) {
            throw new RecordNotFoundException();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
