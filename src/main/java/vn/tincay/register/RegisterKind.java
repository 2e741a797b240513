package vn.tincay.register;

import java.time.Instant;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;

/**
 * One kind of register record (activity, training, document, inspection ...): how its form becomes a
 * row and back, and whose register a new row joins. {@link RegisterRecords} does the rest – access,
 * stale-form check, audit – the same way for every kind, so a new kind is its entity, its form, this
 * class and its page.
 *
 * @param <E> the row
 * @param <D> its form
 */
public abstract class RegisterKind<E extends UnitRecord, D extends RegisterDraft> {

    /** The constructor of a new row of a unit's register. */
    @FunctionalInterface
    protected interface NewRow<E> {
        E create(District district, School school, String by, Instant at);
    }

    private final Class<E> type;
    private final NewRow<E> newRow;

    protected RegisterKind(Class<E> type, NewRow<E> newRow) {
        this.type = type;
        this.newRow = newRow;
    }

    public Class<E> type() {
        return type;
    }

    /** An empty form for a new record. */
    public abstract D newDraft();

    /** The form of an existing row. */
    public abstract D draftOf(E row);

    /** Copies a validated form into the row. */
    protected abstract void write(E row, D draft, String by, Instant at);

    /** A new row for the form; by default in the register the caller keeps (their school's or the district office's). */
    protected E newRow(RegisterAccess access, D draft, String by, Instant at) {
        RegisterUnit unit = access.ownUnit();
        return newRow.create(access.district(unit.districtId()), access.school(unit), by, at);
    }

    /**
     * The row, when the caller may change or delete it; by default a row of the register the caller keeps.
     * @throws vn.tincay.platform.RecordNotFoundException otherwise
     */
    protected E changeable(RegisterAccess access, E row) {
        return access.requireOwn(row);
    }

    /** Whether the caller may change a row they can read. */
    protected boolean mayChange(RegisterAccess access, E row) {
        return row.unit().equals(access.ownUnit());
    }

    /** A check of a change against the row as stored, before the form is written; none by default. */
    protected void checkChange(E row, D draft) {
    }
}
