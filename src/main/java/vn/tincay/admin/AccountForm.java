package vn.tincay.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import vn.tincay.account.UserAccount;
import vn.tincay.organisation.Limits;
import vn.tincay.security.Role;

/**
 * What the administrator types for an account, and its sign-in status to show beside it. The form
 * keeps one organisation field per kind, so switching the role back and forth loses no choice; the
 * role decides which one counts.
 */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The username rule before it is trimmed and lower-cased; {@link UserAccount#USERNAME_PATTERN} after. */
    public static final String USERNAME_INPUT_PATTERN = "^\\s*[A-Za-z0-9._-]{3,64}\\s*$";

    private Long id;
    private int version;

    @NotBlank
    @Size(max = Limits.USERNAME + 8)
    @Pattern(regexp = USERNAME_INPUT_PATTERN)
    private String username;

    @NotBlank
    @Size(max = Limits.NAME)
    private String displayName;

    @Email
    @Size(max = Limits.EMAIL)
    private String email;

    @NotNull
    private Role role;

    private Long schoolId;
    private Long districtId;
    private Long serviceOrganisationId;
    private Long provinceId;

    private boolean enabled = true;
    private boolean locked;
    private boolean mustChangePassword;
    private Instant lastSignInAt;
    private boolean secondFactor;
    private boolean secondFactorRequired;

    static AccountForm of(UserAccount account, Instant now) {
        AccountForm form = new AccountForm();
        form.id = account.getId();
        form.version = account.getVersion();
        form.username = account.getUsername();
        form.displayName = account.getDisplayName();
        form.email = account.getEmail();
        form.role = account.getRole();
        form.schoolId = account.getSchool() == null ? null : account.getSchool().getId();
        form.districtId = account.getDistrict() == null ? null : account.getDistrict().getId();
        form.serviceOrganisationId = account.getServiceOrganisation() == null
                ? null : account.getServiceOrganisation().getId();
        form.provinceId = account.getProvince() == null ? null : account.getProvince().getId();
        form.enabled = account.isEnabled();
        form.locked = account.isLocked(now);
        form.mustChangePassword = account.isMustChangePassword();
        form.lastSignInAt = account.getLastSignInAt();
        form.secondFactor = account.hasSecondFactor();
        form.secondFactorRequired = account.getRole().requiresSecondFactor();
        return form;
    }

    /** The id of the one organisation the chosen role needs, from the field of that kind; null for none. */
    public Long organisationIdForRole() {
        if (role == null) {
            return null;
        }
        return switch (role.scope()) {
            case NONE -> null;
            case SCHOOL -> schoolId;
            case DISTRICT -> districtId;
            case SERVICE_ORGANISATION -> serviceOrganisationId;
            case PROVINCE -> provinceId;
        };
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

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public Long getServiceOrganisationId() {
        return serviceOrganisationId;
    }

    public void setServiceOrganisationId(Long serviceOrganisationId) {
        this.serviceOrganisationId = serviceOrganisationId;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public void setProvinceId(Long provinceId) {
        this.provinceId = provinceId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public boolean isSecondFactor() {
        return secondFactor;
    }

    public boolean isSecondFactorRequired() {
        return secondFactorRequired;
    }
}
