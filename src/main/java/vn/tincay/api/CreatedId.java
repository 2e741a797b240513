package vn.tincay.api;

/** The id of a record the call created; the Location header names it too. */
public class CreatedId {

    private final long id;

    public CreatedId(long id) {
        this.id = id;
    }

    public long getId() {
        return id;
    }
}
