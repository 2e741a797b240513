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
}
