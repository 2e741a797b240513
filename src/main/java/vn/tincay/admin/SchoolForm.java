package vn.tincay.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import vn.tincay.organisation.Limits;
import vn.tincay.organisation.Ownership;
import vn.tincay.organisation.School;
import vn.tincay.organisation.SchoolLevel;

/** What the administrator types for a school; the same limits as the entity, checked by the page and the service. */
public class SchoolForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The entity's code pattern, allowing the spaces a paste brings around it (they are trimmed). */
    public static final String CODE_PATTERN = "^\\s*[A-Za-z0-9_-]+\\s*$";

    private Long id;
    private int version;

    @NotNull
    private Long districtId;

    @NotBlank
    @Size(max = Limits.SCHOOL_CODE)
    @Pattern(regexp = CODE_PATTERN)
    private String code;

    @NotBlank
    @Size(max = Limits.NAME)
    private String name;

    @NotNull
    private SchoolLevel level;

    @NotNull
    private Ownership ownership;

    @Size(max = Limits.ADDRESS)
    private String address;

    @Size(max = Limits.PHONE)
    @Pattern(regexp = Limits.PHONE_PATTERN)
    private String phone;

    @Email
    @Size(max = Limits.EMAIL)
    private String email;

    private boolean active = true;

    static SchoolForm of(School school) {
        SchoolForm form = new SchoolForm();
        form.id = school.getId();
        form.version = school.getVersion();
        form.districtId = school.getDistrict().getId();
        form.code = school.getCode();
        form.name = school.getName();
        form.level = school.getLevel();
        form.ownership = school.getOwnership();
        form.address = school.getAddress();
        form.phone = school.getPhone();
        form.email = school.getEmail();
        form.active = school.isActive();
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SchoolLevel getLevel() {
        return level;
    }

    public void setLevel(SchoolLevel level) {
        this.level = level;
    }

    public Ownership getOwnership() {
        return ownership;
    }

    public void setOwnership(Ownership ownership) {
        this.ownership = ownership;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
