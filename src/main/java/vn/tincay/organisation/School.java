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

/** A school or preschool group of a district; its staff file incident reports. */
@Entity
@Table(name = "school")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private District district;

    @NotBlank
    @Size(max = Limits.SCHOOL_CODE)
    @Pattern(regexp = "^[A-Za-z0-9_-]+$")
    @Column(nullable = false, unique = true, length = Limits.SCHOOL_CODE)
    private String code;

    @NotBlank
    @Size(max = Limits.NAME)
    @Column(nullable = false, length = Limits.NAME)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SchoolLevel level;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Ownership ownership;

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

    /** Who signs the unit's reports (see the report's signer block); may be empty. */
    @Size(max = Limits.NAME)
    @Column(name = "head_name", length = Limits.NAME)
    private String headName;

    /** Who signs the unit's reports (see the report's signer block); may be empty. */
    @Size(max = Limits.NAME)
    @Column(name = "deputy_head_name", length = Limits.NAME)
    private String deputyHeadName;

    @Version
    private int version;

    public School() {
    }

    public School(District district, String code, String name, SchoolLevel level, Ownership ownership) {
        this.district = district;
        this.code = code;
        this.name = name;
        this.level = level;
        this.ownership = ownership;
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

    public int getVersion() {
        return version;
    }
    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName == null || headName.isBlank() ? null : headName.strip();
    }

    public String getDeputyHeadName() {
        return deputyHeadName;
    }

    public void setDeputyHeadName(String deputyHeadName) {
        this.deputyHeadName = deputyHeadName == null || deputyHeadName.isBlank() ? null : deputyHeadName.strip();
    }
}
