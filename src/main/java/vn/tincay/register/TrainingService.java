package vn.tincay.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import vn.tincay.audit.AuditAction;
import vn.tincay.incident.ResultPage;
import vn.tincay.security.Caller;
import vn.tincay.security.Role;

/** Trainings of the register; same access rule as {@link ActivityService}. */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class TrainingService {

    private static final Map<String, String> SORTABLE = Map.of("startsOn", "t.startsOn", "topic", "t.topic",
            "organiser", "t.organiser", "unitName", "s.name", "leadershipForWomen", "t.leadershipForWomen");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    @Inject
    private RegisterAudit audit;

    private final Clock clock = Clock.systemUTC();

    /** A page of trainings of the scope starting in the optional range; newest first. */
    public ResultPage<TrainingLine> list(@NotNull RegisterScope scope, LocalDate from, LocalDate to,
                                         Boolean leadershipOnly, int first, int max, String sortField,
                                         boolean ascending) {
        access.requireReadable(scope);
        return new Listing<TrainingLine>(scope, "t")
                .and(from, "t.startsOn >= :from", "from")
                .and(to, "t.startsOn <= :to", "to")
                .and(Boolean.TRUE.equals(leadershipOnly) ? Boolean.TRUE : null, "t.leadershipForWomen = :lead", "lead")
                .page(em, "SELECT NEW vn.tincay.register.TrainingLine(t.id, s.id, COALESCE(s.name, d.officeName), "
                                + "t.topic, t.startsOn, t.endsOn, t.organiser, t.participantsFemale, t.participantsMale, "
                                + "t.participantsManagers, t.participantsCommittee, t.participantsTeachers, "
                                + "t.leadershipForWomen, t.note, t.version)",
                        " FROM Training t JOIN t.district d LEFT JOIN t.school s", " FROM Training t", SORTABLE,
                        sortField, ascending, "t.startsOn DESC", "t.id DESC", TrainingLine.class, first, max);
    }

    public TrainingDraft find(long id) {
        return TrainingDraft.of(access.requireReadable(em.find(Training.class, id)));
    }

    public boolean mayChange(long id) {
        return access.requireReadable(em.find(Training.class, id)).unit().equals(access.ownUnit());
    }

    /** Records a new training in the caller's own register, or changes one of it. @return its id */
    public long save(@Valid @NotNull TrainingDraft draft) {
        Caller caller = access.caller();
        Instant now = clock.instant();
        Training training;
        boolean created = draft.getId() == null;
        if (created) {
            RegisterUnit unit = access.ownUnit();
            training = new Training(access.district(unit.districtId()), access.school(unit), caller.username(), now);
        } else {
            training = access.requireOwn(em.find(Training.class, draft.getId()));
            Stale.check(training.getVersion(), draft.getVersion());
        }
        training.describe(draft.getTopic().strip(), draft.getStartsOn(), draft.getEndsOn(), draft.getOrganiser().strip(),
                draft.getParticipantsFemale(), draft.getParticipantsMale(), draft.getManagers(),
                draft.getCommitteeMembers(), draft.getTeachers(), draft.isLeadershipForWomen(),
                Text.trimToNull(draft.getNote()), caller.username(), now);
        if (created) {
            em.persist(training);
        }
        em.flush();
        audit.record(caller, created ? AuditAction.REGISTER_ENTRY_CREATED : AuditAction.REGISTER_ENTRY_UPDATED, training);
        return training.getId();
    }

    public void delete(long id, int expectedVersion) {
        Caller caller = access.caller();
        Training training = access.requireOwn(em.find(Training.class, id));
        Stale.check(training.getVersion(), expectedVersion);
        audit.record(caller, AuditAction.REGISTER_ENTRY_DELETED, training);
        em.remove(training);
    }
}
