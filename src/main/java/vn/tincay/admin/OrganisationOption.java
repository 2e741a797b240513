package vn.tincay.admin;

import java.io.Serializable;

/** One choice in an organisation drop-down: its id, and its name with, where names repeat across districts, the district. */
public class OrganisationOption implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String label;
    private final boolean active;

    public OrganisationOption(Long id, String name) {
        this(id, name, null, true);
    }

    public OrganisationOption(Long id, String name, String context, boolean active) {
        this.id = id;
        this.label = context == null ? name : name + " – " + context;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    /** Inactive organisations stay in the lists so existing accounts keep showing theirs, marked as such. */
    public boolean isActive() {
        return active;
    }
}
