package vn.tincay.register;

import java.io.Serializable;

/**
 * A register record as typed into its form: the row it changes (id null for a new one) and the
 * version it was read at, so that a change made meanwhile by someone else is refused, not overwritten.
 */
public abstract class RegisterDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int version;

    /** Takes the identity and version of the row the form was filled from. */
    protected void readFrom(UnitRecord row) {
        this.id = row.getId();
        this.version = row.getVersion();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
