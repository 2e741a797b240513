package vn.tincay.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import vn.tincay.incident.ResultPage;
import vn.tincay.incident.Sex;
import vn.tincay.security.Role;

/**
 * Emulation nominations of the register. Focal points keep their school's, the coordinator the
 * district office's; the coordinator also reads every school's of the district.
 */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class NominationService {

    private static final Map<String, String> SORTABLE = Map.of("awardYear", "n.awardYear",
            "proposedOn", "n.proposedOn", "name", "n.name", "nomineeKind", "n.nomineeKind", "sex", "n.sex",
            "award", "n.award", "unitName", "s.name");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    /** A page of nominations of the scope, optionally of one award year and one kind of nominee; newest first. */
    public ResultPage<NominationLine> list(@NotNull RegisterScope scope, Integer year, NomineeKind kind, int first,
                                           int max, String sortField, boolean ascending) {
        access.requireReadable(scope);
        return NominationService.<NominationLine>filtered(scope, year, kind)
                .page(em, "SELECT NEW vn.tincay.register.NominationLine(n.id, s.id, COALESCE(s.name, d.officeName), "
                                + "n.awardYear, n.proposedOn, n.nomineeKind, n.name, n.sex, n.award, n.achievement, "
                                + "n.version)",
                        " FROM EmulationNomination n JOIN n.district d LEFT JOIN n.school s",
                        " FROM EmulationNomination n", SORTABLE, sortField, ascending, "n.proposedOn DESC", "n.id DESC",
                        NominationLine.class, first, max);
    }

    /** Women and men among the individuals the list's filter holds (collectives have no sex). */
    public WomenShare individuals(@NotNull RegisterScope scope, Integer year) {
        access.requireReadable(scope);
        Listing<Object[]> listing = NominationService.<Object[]>filtered(scope, year, NomineeKind.INDIVIDUAL);
        long female = 0;
        long male = 0;
        for (Object[] row : listing.rows(em, "SELECT n.sex, COUNT(n) FROM EmulationNomination n", " GROUP BY n.sex")) {
            long count = ((Number) row[1]).longValue();
            if (row[0] == Sex.FEMALE) {
                female += count;
            } else {
                male += count;
            }
        }
        return new WomenShare(female, male);
    }

    private static <T> Listing<T> filtered(RegisterScope scope, Integer year, NomineeKind kind) {
        return new Listing<T>(scope, "n")
                .and(year, "n.awardYear = :year", "year")
                .and(kind, "n.nomineeKind = :kind", "kind");
    }
}
