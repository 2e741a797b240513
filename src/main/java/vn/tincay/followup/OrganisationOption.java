package vn.tincay.followup;

import java.io.Serializable;
import vn.tincay.organisation.ServiceKind;

/** A service organisation a case can be referred to. */
public class OrganisationOption implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String name;
    private final ServiceKind kind;

    public OrganisationOption(Long id, String name, ServiceKind kind) {
        this.id = id;
        this.name = name;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ServiceKind getKind() {
        return kind;
    }
}
