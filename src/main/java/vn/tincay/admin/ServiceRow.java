package vn.tincay.admin;

import java.io.Serializable;
import vn.tincay.organisation.ServiceKind;

/** A service organisation as the administrator's list shows it. */
public class ServiceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String name;
    private final ServiceKind kind;
    private final String districtName;
    private final String phone;
    private final boolean active;

    public ServiceRow(Long id, String name, ServiceKind kind, String districtName, String phone, boolean active) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.districtName = districtName;
        this.phone = phone;
        this.active = active;
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

    public String getDistrictName() {
        return districtName;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isActive() {
        return active;
    }
}
