package vn.tincay.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import vn.tincay.organisation.Limits;
import vn.tincay.organisation.ServiceKind;
import vn.tincay.organisation.ServiceOrganisation;

/** What the administrator types for a service organisation; the same limits as the entity. */
public class ServiceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int version;

    @NotNull
    private Long districtId;

    @NotBlank
    @Size(max = Limits.NAME)
    private String name;

    @NotNull
    private ServiceKind kind;

    @Size(max = Limits.ADDRESS)
    private String address;

    @Size(max = Limits.PHONE)
    @Pattern(regexp = Limits.PHONE_PATTERN)
    private String phone;

    @Email
    @Size(max = Limits.EMAIL)
    private String email;

    private boolean active = true;

    static ServiceForm of(ServiceOrganisation service) {
        ServiceForm form = new ServiceForm();
        form.id = service.getId();
        form.version = service.getVersion();
        form.districtId = service.getDistrict().getId();
        form.name = service.getName();
        form.kind = service.getKind();
        form.address = service.getAddress();
        form.phone = service.getPhone();
        form.email = service.getEmail();
        form.active = service.isActive();
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public void setKind(ServiceKind kind) {
        this.kind = kind;
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
