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

    @Inject
    private RegisterAudit audit;

    private final Clock clock = Clock.systemUTC();

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

    public DocumentDraft find(long id) {
        return DocumentDraft.of(access.requireReadable(em.find(IssuedDocument.class, id)));
    }

    public boolean mayChange(long id) {
        return access.requireReadable(em.find(IssuedDocument.class, id)).unit().equals(access.ownUnit());
    }

    /** Records a new document in the caller's own register, or changes one of it. @return its id */
    public long save(@Valid @NotNull DocumentDraft draft) {
        Caller caller = access.caller();
        Instant now = clock.instant();
        IssuedDocument document;
        boolean created = draft.getId() == null;
        if (created) {
            RegisterUnit unit = access.ownUnit();
            document = new IssuedDocument(access.district(unit.districtId()), access.school(unit), caller.username(), now);
        } else {
            document = access.requireOwn(em.find(IssuedDocument.class, draft.getId()));
            Stale.check(document.getVersion(), draft.getVersion());
        }
        document.describe(draft.getNumber(), draft.getIssuedOn(), draft.getType(), draft.getTitle().strip(),
                caller.username(), now);
        if (created) {
            em.persist(document);
        }
        em.flush();
        audit.record(caller, created ? AuditAction.REGISTER_ENTRY_CREATED : AuditAction.REGISTER_ENTRY_UPDATED, document);
        return document.getId();
    }

    public void delete(long id, int expectedVersion) {
        Caller caller = access.caller();
        IssuedDocument document = access.requireOwn(em.find(IssuedDocument.class, id));
        Stale.check(document.getVersion(), expectedVersion);
        audit.record(caller, AuditAction.REGISTER_ENTRY_DELETED, document);
        em.remove(document);
    }
}
