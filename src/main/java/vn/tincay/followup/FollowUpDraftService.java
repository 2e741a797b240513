package vn.tincay.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tincay.incident.IncidentService;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;

/**
 * Keeps what the caller is typing into a case page's coordination entry or referral form, so an
 * expired session or a closed tab loses nothing. Each person sees only their own draft; saving one
 * needs the follow-up rights on the case. Recording the entry or sending the referral deletes it in
 * the same transaction ({@link #forget}).
 */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class FollowUpDraftService {

    static final int MAX_PAYLOAD = 20_000;
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @EJB
    private IncidentService incidents;

    private final Clock clock = Clock.systemUTC();

    public void keep(@NotNull FollowUpForm form, long incidentId, @NotNull Serializable draft) {
        Caller caller = callers.get();
        IncidentService.requireFollowUp(caller);
        incidents.visible(caller, incidentId);
        String payload = JSON.toJson(draft);
        if (payload.length() > MAX_PAYLOAD) {
            throw new UserFacingException("intake.draft.tooLong");
        }
        FollowUpDraft saved = mine(caller, form, incidentId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        Instant now = Instant.now(clock);
        if (saved == null) {
            saved = new FollowUpDraft(caller.accountId(), form, incidentId, now);
            saved.update(payload, now);
            em.persist(saved);
        } else {
            saved.update(payload, now);
        }
    }

    /** The caller's own draft of this form on this case, if one is kept. */
    public <T> Optional<T> find(@NotNull FollowUpForm form, long incidentId, @NotNull Class<T> type) {
        return mine(callers.get(), form, incidentId, LockModeType.NONE)
                .map(saved -> JSON.fromJson(saved.getPayload(), type));
    }

    private Optional<FollowUpDraft> mine(Caller caller, FollowUpForm form, long incidentId, LockModeType lock) {
        List<FollowUpDraft> found = em.createQuery("SELECT d FROM FollowUpDraft d WHERE d.authorId = :a "
                        + "AND d.form = :f AND d.incidentId = :i", FollowUpDraft.class)
                .setParameter("a", caller.accountId())
                .setParameter("f", form)
                .setParameter("i", incidentId)
                .setLockMode(lock)
                .getResultList();
        return found.stream().findFirst();
    }

    /** Deletes the caller's draft of the form on the case, in the transaction that saved what it held. */
    static void forget(EntityManager em, Caller caller, FollowUpForm form, long incidentId) {
        em.createQuery("DELETE FROM FollowUpDraft d WHERE d.authorId = :a AND d.form = :f AND d.incidentId = :i")
                .setParameter("a", caller.accountId())
                .setParameter("f", form)
                .setParameter("i", incidentId)
                .executeUpdate();
    }
}
