package vn.tincay.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An organisation cases are coordinated with or referred to: social work centre, safe house,
 * police, justice, health, women's union... Its users see only the referrals sent to it.
 */
@Entity
@Table(name = "service_organisation")
public class ServiceOrganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private District district;

    @NotBlank
    @Size(max = Limits.NAME)
    @Column(nullable = false, length = Limits.NAME)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ServiceKind kind;

    @Size(max = Limits.ADDRESS)
    @Column(length = Limits.ADDRESS)
    private String address;

    @Size(max = Limits.PHONE)
    @Pattern(regexp = Limits.PHONE_PATTERN)
    @Column(length = Limits.PHONE)
    private String phone;

    @Email
    @Size(max = Limits.EMAIL)
    @Column(length = Limits.EMAIL)
    private String email;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    public ServiceOrganisation() {
    }

    public ServiceOrganisation(District district, String name, ServiceKind kind) {
        this.district = district;
        this.name = name;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
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

    public int getVersion() {
        return version;
    }
}
