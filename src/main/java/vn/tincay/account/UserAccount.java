package vn.tincay.account;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.Duration;
import java.time.Instant;
import vn.tincay.organisation.District;
import vn.tincay.organisation.Limits;
import vn.tincay.organisation.Province;
import vn.tincay.organisation.School;
import vn.tincay.organisation.ServiceOrganisation;
import vn.tincay.security.Role;
import vn.tincay.security.crypto.EncryptedTextConverter;

/**
 * A person who signs in. The account belongs to exactly the one organisation its role needs
 * (school, district, service organisation or province), which is what every record scope check
 * starts from. Owns the sign-in throttling rule.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    public static final String USERNAME_PATTERN = "^[a-z0-9._-]{3,64}$";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = Limits.USERNAME)
    @Pattern(regexp = USERNAME_PATTERN)
    @Column(nullable = false, unique = true, length = Limits.USERNAME)
    private String username;

    @NotBlank
    @Size(max = Limits.NAME)
    @Column(name = "display_name", nullable = false, length = Limits.NAME)
    private String displayName;

    @Email
    @Size(max = Limits.EMAIL)
    @Column(length = Limits.EMAIL)
    private String email;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "province_id")
    private Province province;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    private District district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_organisation_id")
    private ServiceOrganisation serviceOrganisation;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Size(max = 8)
    @Column(name = "preferred_locale", length = 8)
    private String preferredLocale;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** The TOTP secret (Base32), encrypted like survivor data; null while no second factor is set up. */
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "totp_secret_enc", length = 512)
    private String totpSecret;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    /** The last TOTP time step accepted: a code of that step or an earlier one is never accepted again. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Gives the account its role and the one organisation the role works in.
     *
     * @throws IllegalArgumentException when the organisation does not fit the role
     */
    public void assign(Role newRole, Object organisation) {
        Role.Scope scope = newRole.scope();
        boolean fits = switch (scope) {
            case NONE -> organisation == null;
            case SCHOOL -> organisation instanceof School;
            case DISTRICT -> organisation instanceof District;
            case SERVICE_ORGANISATION -> organisation instanceof ServiceOrganisation;
            case PROVINCE -> organisation instanceof Province;
        };
        if (!fits) {
            throw new IllegalArgumentException("Role " + newRole + " needs an organisation of scope " + scope);
        }
        this.role = newRole;
        this.province = organisation instanceof Province p ? p : null;
        this.district = organisation instanceof District d ? d : null;
        this.school = organisation instanceof School s ? s : null;
        this.serviceOrganisation = organisation instanceof ServiceOrganisation o ? o : null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; the fifth in a row locks the account. Returns true when this one locked it. */
    public boolean recordFailedSignIn(Instant now) {
        if (isLocked(now)) {
            return false;
        }
        failedSignIns++;
        if (failedSignIns >= MAX_FAILED_SIGN_INS) {
            failedSignIns = 0;
            lockedUntil = now.plus(LOCKOUT);
            return true;
        }
        return false;
    }

    public void recordSuccessfulSignIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    /** A password set by an administrator must be changed by its owner at the next sign-in. */
    public void setPasswordByAdministrator(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        this.failedSignIns = 0;
        this.lockedUntil = null;
        touch(now);
    }

    public void changeOwnPassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        touch(now);
    }

    /** Sets up the second factor with a secret whose first code was just accepted at the given time step. */
    public void enrolSecondFactor(String secret, long acceptedStep, Instant now) {
        this.totpSecret = secret;
        this.totpEnrolledAt = now;
        this.totpLastStep = acceptedStep;
        touch(now);
    }

    /** Removes the second factor (administrator reset, or the owner of an optional one turning it off). */
    public void removeSecondFactor(Instant now) {
        this.totpSecret = null;
        this.totpEnrolledAt = null;
        this.totpLastStep = null;
        touch(now);
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /** Whether the account must set up a second factor before doing anything else. */
    public boolean mustEnrolSecondFactor() {
        return role != null && role.requiresSecondFactor() && !hasSecondFactor();
    }

    /**
     * Takes a time step whose code was just matched. Returns false when that step (or a later one)
     * was already used, so a code seen by someone else cannot be replayed within its window.
     */
    public boolean useTimeStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public Instant getTotpEnrolledAt() {
        return totpEnrolledAt;
    }

    public void disable(Instant now) {
        this.enabled = false;
        touch(now);
    }

    public void enable(Instant now) {
        this.enabled = true;
        this.failedSignIns = 0;
        this.lockedUntil = null;
        touch(now);
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    /** Name of the organisation the account works in, for display. */
    public String organisationName() {
        if (school != null) {
            return school.getName();
        }
        if (district != null) {
            return district.getOfficeName();
        }
        if (serviceOrganisation != null) {
            return serviceOrganisation.getName();
        }
        if (province != null) {
            return province.getOfficeName();
        }
        return null;
    }

    /** The district the account works in, if its role has one. */
    public District districtOfScope() {
        if (district != null) {
            return district;
        }
        if (school != null) {
            return school.getDistrict();
        }
        if (serviceOrganisation != null) {
            return serviceOrganisation.getDistrict();
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
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

    public Province getProvince() {
        return province;
    }

    public District getDistrict() {
        return district;
    }

    public School getSchool() {
        return school;
    }

    public ServiceOrganisation getServiceOrganisation() {
        return serviceOrganisation;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public void setPreferredLocale(String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
