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
import vn.tincay.audit.AuditAction;
import vn.tincay.security.Caller;
import vn.tincay.security.Role;

/**
 * Opening, saving and deleting a record of any register kind: focal points keep their school's
 * register, the coordinator the district office's (and the inspection plan); other units' rows are
 * read-only, rows out of reach "not found". Every change is checked against the version the form was
 * read at and audited.
 */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class RegisterRecords {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    @Inject
    private RegisterAudit audit;

    private final Clock clock = Clock.systemUTC();

    /** The form of a record the caller may read. */
    public <E extends UnitRecord, D extends RegisterDraft> D find(@NotNull RegisterKind<E, D> kind, long id) {
        return kind.draftOf(access.requireReadable(em.find(kind.type(), id)));
    }

    /** Whether the caller may change a record they may read. */
    public <E extends UnitRecord> boolean mayChange(@NotNull RegisterKind<E, ?> kind, long id) {
        return kind.mayChange(access, access.requireReadable(em.find(kind.type(), id)));
    }

    /** Records a new row from the form, or changes the row it was read from. @return its id */
    public <E extends UnitRecord, D extends RegisterDraft> long save(@NotNull RegisterKind<E, D> kind,
                                                                     @Valid @NotNull D draft) {
        Caller caller = access.caller();
        Instant now = clock.instant();
        E row;
        if (draft.isNew()) {
            row = kind.newRow(access, draft, caller.username(), now);
        } else {
            row = kind.changeable(access, em.find(kind.type(), draft.getId()));
            Stale.check(row.getVersion(), draft.getVersion());
            kind.checkChange(row, draft);
        }
        kind.write(row, draft, caller.username(), now);
        if (draft.isNew()) {
            em.persist(row);
        }
        em.flush();
        audit.record(caller, draft.isNew() ? AuditAction.REGISTER_ENTRY_CREATED : AuditAction.REGISTER_ENTRY_UPDATED,
                row);
        return row.getId();
    }

    /** Deletes a row the caller may change, as last read. */
    public <E extends UnitRecord> void delete(@NotNull RegisterKind<E, ?> kind, long id, int expectedVersion) {
        E row = kind.changeable(access, em.find(kind.type(), id));
        Stale.check(row.getVersion(), expectedVersion);
        audit.record(access.caller(), AuditAction.REGISTER_ENTRY_DELETED, row);
        em.remove(row);
    }
}
