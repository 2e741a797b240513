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

/** Documents issued, in the register; same access rule as {@link ActivityService}. */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class DocumentService {

    private static final Map<String, String> SORTABLE = Map.of("issuedOn", "o.issuedOn", "number", "o.number",
            "type", "o.type", "title", "o.title", "unitName", "s.name");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    /** A page of documents of the scope issued in the optional range, of one type if given; newest first. */
    public ResultPage<DocumentLine> list(@NotNull RegisterScope scope, LocalDate from, LocalDate to, DocumentType type,
                                         int first, int max, String sortField, boolean ascending) {
        access.requireReadable(scope);
        return new Listing<DocumentLine>(scope, "o")
                .and(from, "o.issuedOn >= :from", "from")
                .and(to, "o.issuedOn <= :to", "to")
                .and(type, "o.type = :type", "type")
                .page(em, "SELECT NEW vn.tincay.register.DocumentLine(o.id, s.id, COALESCE(s.name, d.officeName), "
                                + "o.number, o.issuedOn, o.type, o.title, o.version)",
                        " FROM IssuedDocument o JOIN o.district d LEFT JOIN o.school s", " FROM IssuedDocument o",
                        SORTABLE, sortField, ascending, "o.issuedOn DESC", "o.id DESC", DocumentLine.class, first, max);
    }
}
