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
import java.util.EnumSet;
import java.util.Map;
import vn.tincay.audit.AuditAction;
import vn.tincay.incident.ResultPage;
import vn.tincay.security.Caller;
import vn.tincay.security.Role;

/**
 * Communication activities of the register. Focal points keep their school's, the coordinator the
 * district office's; the coordinator also reads every school's of the district.
 */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class ActivityService {

    private static final Map<String, String> SORTABLE = Map.of("heldOn", "a.heldOn", "title", "a.title",
            "form", "a.form", "actionMonth", "a.actionMonth", "unitName", "s.name",
            "participantsFemale", "a.participantsFemale", "participantsMale", "a.participantsMale");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    @Inject
    private RegisterAudit audit;

    private final Clock clock = Clock.systemUTC();

    /** A page of activities of the scope, optionally in a date range and of one action month; newest first. */
    public ResultPage<ActivityLine> list(@NotNull RegisterScope scope, LocalDate from, LocalDate to,
                                         ActionMonth actionMonth, int first, int max, String sortField,
                                         boolean ascending) {
        access.requireReadable(scope);
        return new Listing<ActivityLine>(scope, "a")
                .and(from, "a.heldOn >= :from", "from")
                .and(to, "a.heldOn <= :to", "to")
                .and(actionMonth, "a.actionMonth = :month", "month")
                .page(em, "SELECT NEW vn.tincay.register.ActivityLine(a.id, s.id, COALESCE(s.name, d.officeName), "
                                + "a.title, a.heldOn, a.form, a.audienceStaff, a.audienceStudents, a.audienceParents, "
                                + "a.participantsFemale, a.participantsMale, a.actionMonth, a.effectiveness, a.version)",
                        " FROM CommunicationActivity a JOIN a.district d LEFT JOIN a.school s",
                        " FROM CommunicationActivity a", SORTABLE, sortField, ascending, "a.heldOn DESC", "a.id DESC",
                        ActivityLine.class, first, max);
    }

    /** The activity for its form; rows of other units' registers only for readers of that register. */
    public ActivityDraft find(long id) {
        return ActivityDraft.of(access.requireReadable(em.find(CommunicationActivity.class, id)));
    }

    /** Whether the caller keeps the register the activity belongs to (and so may change it). */
    public boolean mayChange(long id) {
        CommunicationActivity activity = access.requireReadable(em.find(CommunicationActivity.class, id));
        return activity.unit().equals(access.ownUnit());
    }

    /** Records a new activity in the caller's own register, or changes one of it. @return its id */
    public long save(@Valid @NotNull ActivityDraft draft) {
        Caller caller = access.caller();
        Instant now = clock.instant();
        CommunicationActivity activity;
        boolean created = draft.getId() == null;
        if (created) {
            RegisterUnit unit = access.ownUnit();
            activity = new CommunicationActivity(access.district(unit.districtId()), access.school(unit),
                    caller.username(), now);
        } else {
            activity = access.requireOwn(em.find(CommunicationActivity.class, draft.getId()));
            Stale.check(activity.getVersion(), draft.getVersion());
        }
        activity.describe(draft.getTitle().strip(), draft.getHeldOn(), draft.getForm(),
                draft.getAudiences().isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(draft.getAudiences()),
                draft.getParticipantsFemale(), draft.getParticipantsMale(), draft.getActionMonth(),
                Text.trimToNull(draft.getEffectiveness()), caller.username(), now);
        if (created) {
            em.persist(activity);
        }
        em.flush();
        audit.record(caller, created ? AuditAction.REGISTER_ENTRY_CREATED : AuditAction.REGISTER_ENTRY_UPDATED, activity);
        return activity.getId();
    }

    /** Deletes an activity of the caller's own register. */
    public void delete(long id, int expectedVersion) {
        Caller caller = access.caller();
        CommunicationActivity activity = access.requireOwn(em.find(CommunicationActivity.class, id));
        Stale.check(activity.getVersion(), expectedVersion);
        audit.record(caller, AuditAction.REGISTER_ENTRY_DELETED, activity);
        em.remove(activity);
    }
}
