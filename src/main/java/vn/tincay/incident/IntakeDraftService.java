package vn.tincay.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tincay.audit.AuditAction;
import vn.tincay.organisation.School;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;

/**
 * Incident reports being typed, kept on the server so that nothing typed is lost: the wizard saves
 * at every step. Only the author lists, opens, saves or deletes a draft; anyone else's draft id is
 * "not found". Filing the report deletes its draft in the same transaction
 * ({@link IncidentService#fileReport}).
 */
@Stateless
@RolesAllowed({Role.SCHOOL_STAFF_NAME, Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class IntakeDraftService {

    /** How many drafts in progress the home page lists (the newest first). */
    public static final int LISTED = 20;
    /** Far above any draft the form accepts (the narrative is the longest field). */
    static final int MAX_PAYLOAD = 100_000;
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private CaseAudit audit;

    @EJB
    private AccessRefusals refusals;

    private final Clock clock = Clock.systemUTC();

    /**
     * Saves what was typed and the step reached. Without an id, the draft of the same submission is
     * updated if it was saved before (a repeated first save), else a new one is created.
     *
     * @return the draft's id
     */
    public long save(Long draftId, @NotNull @Pattern(regexp = "^[A-Z_]{1,32}$") String step,
                     @NotNull IncidentDraft draft) {
        Caller caller = callers.get();
        String payload = JSON.toJson(draft);
        if (payload.length() > MAX_PAYLOAD) {
            throw new UserFacingException("intake.draft.tooLong");
        }
        SavedDraft saved = draftId != null ? ownLocked(caller, draftId) : bySubmission(caller, draft.getSubmissionToken());
        Instant now = Instant.now(clock);
        if (saved == null) {
            saved = new SavedDraft(caller.accountId(), now);
            saved.update(schoolOf(caller, draft), draft.getSubmissionToken(), step, payload, now);
            em.persist(saved);
            em.flush();
        } else {
            saved.update(schoolOf(caller, draft), draft.getSubmissionToken(), step, payload, now);
        }
        return saved.getId();
    }

    /** The caller's drafts in progress, newest first; no case content. */
    public List<DraftSummary> mine() {
        Caller caller = callers.get();
        List<SavedDraft> drafts = em.createQuery("SELECT d FROM SavedDraft d WHERE d.authorId = :a "
                        + "ORDER BY d.updatedAt DESC, d.id DESC", SavedDraft.class)
                .setParameter("a", caller.accountId())
                .setMaxResults(LISTED)
                .getResultList();
        List<Long> schoolIds = drafts.stream().map(SavedDraft::getSchoolId).filter(id -> id != null).distinct().toList();
        Map<Long, String> schools = new HashMap<>();
        if (!schoolIds.isEmpty()) {
            em.createQuery("SELECT s.id, s.name FROM School s WHERE s.id IN :ids", Object[].class)
                    .setParameter("ids", schoolIds).getResultList()
                    .forEach(row -> schools.put((Long) row[0], (String) row[1]));
        }
        return drafts.stream().map(d -> new DraftSummary(d.getId(), d.getStep(), schools.get(d.getSchoolId()),
                d.getCreatedAt(), d.getUpdatedAt())).toList();
    }

    /** Opens one of the caller's own drafts to continue it. */
    public OpenedDraft open(long draftId) {
        Caller caller = callers.get();
        SavedDraft saved = own(caller, draftId);
        IncidentDraft draft = JSON.fromJson(saved.getPayload(), IncidentDraft.class);
        // The token is the draft's identity: filing the continued draft deletes this one.
        draft.setSubmissionToken(saved.getSubmissionToken());
        return new OpenedDraft(saved.getId(), saved.getStep(), draft);
    }

    /** The author gives a draft up; recorded without its content. */
    public void discard(long draftId) {
        Caller caller = callers.get();
        SavedDraft saved = ownLocked(caller, draftId);
        em.remove(saved);
        audit.record(caller, AuditAction.INTAKE_DRAFT_DISCARDED, "IntakeDraft", draftId, null, null);
    }

    private SavedDraft own(Caller caller, long draftId) {
        SavedDraft saved = em.find(SavedDraft.class, draftId);
        if (saved == null || saved.getAuthorId() != caller.accountId()) {
            throw refused(caller, draftId);
        }
        return saved;
    }

    private SavedDraft ownLocked(Caller caller, long draftId) {
        SavedDraft saved = em.find(SavedDraft.class, draftId, LockModeType.PESSIMISTIC_WRITE);
        if (saved == null || saved.getAuthorId() != caller.accountId()) {
            // Someone else's draft answers exactly like one that does not exist.
            throw refused(caller, draftId);
        }
        return saved;
    }

    /** Records the refusal (in a transaction of its own, like every refused access) and answers "not found". */
    private RecordNotFoundException refused(Caller caller, long draftId) {
        refusals.record(caller, "IntakeDraft", draftId, "draft of another account or missing");
        return new RecordNotFoundException();
    }

    private SavedDraft bySubmission(Caller caller, String token) {
        List<SavedDraft> found = em.createQuery("SELECT d FROM SavedDraft d WHERE d.submissionToken = :t",
                        SavedDraft.class)
                .setParameter("t", token)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            return null;
        }
        if (found.get(0).getAuthorId() != caller.accountId()) {
            throw refused(caller, found.get(0).getId());
        }
        return found.get(0);
    }

    /** The school the draft is for: the reporter's own, or the one a coordinator picked in their district. */
    private Long schoolOf(Caller caller, IncidentDraft draft) {
        if (caller.role() != Role.DISTRICT_COORDINATOR) {
            return caller.schoolId();
        }
        if (draft.getSchoolId() == null) {
            return null;
        }
        School school = em.find(School.class, draft.getSchoolId());
        return school != null && school.getDistrict().getId().equals(caller.districtId()) ? school.getId() : null;
    }

    /** Deletes the draft a report was filed from, in the filing transaction. */
    static void deleteFiled(EntityManager em, Caller caller, String submissionToken) {
        em.createQuery("DELETE FROM SavedDraft d WHERE d.submissionToken = :t AND d.authorId = :a")
                .setParameter("t", submissionToken)
                .setParameter("a", caller.accountId())
                .executeUpdate();
    }
}
