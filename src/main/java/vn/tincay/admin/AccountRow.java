package vn.tincay.admin;

import java.io.Serializable;
import java.time.Instant;
import vn.tincay.security.Role;

/** An account as the administrator's list shows it: who, which role and organisation, and whether it can sign in. */
public class AccountRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final String organisationName;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;

    /** For the list query: the organisation is whichever of the four the role has. */
    public AccountRow(Long id, String username, String displayName, Role role, String schoolName,
                      String districtOfficeName, String serviceName, String provinceOfficeName, boolean enabled,
                      Instant lockedUntil, boolean mustChangePassword) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.organisationName = firstGiven(schoolName, districtOfficeName, serviceName, provinceOfficeName);
        this.enabled = enabled;
        this.locked = lockedUntil != null && Instant.now().isBefore(lockedUntil);
        this.mustChangePassword = mustChangePassword;
    }

    private static String firstGiven(String... names) {
        for (String name : names) {
            if (name != null) {
                return name;
            }
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

    public Role getRole() {
        return role;
    }

    public String getOrganisationName() {
        return organisationName;
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
}
