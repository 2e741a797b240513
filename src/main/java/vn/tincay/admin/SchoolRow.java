package vn.tincay.admin;

import java.io.Serializable;
import vn.tincay.organisation.Ownership;
import vn.tincay.organisation.SchoolLevel;

/** A school as the administrator's list shows it. */
public class SchoolRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String code;
    private final String name;
    private final SchoolLevel level;
    private final Ownership ownership;
    private final String districtName;
    private final boolean active;

    public SchoolRow(Long id, String code, String name, SchoolLevel level, Ownership ownership, String districtName,
                     boolean active) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.level = level;
        this.ownership = ownership;
        this.districtName = districtName;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public SchoolLevel getLevel() {
        return level;
    }

    public Ownership getOwnership() {
        return ownership;
    }

    public String getDistrictName() {
        return districtName;
    }

    public boolean isActive() {
        return active;
    }
}
