package vn.tincay.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import vn.tincay.incident.ResultPage;
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
}
