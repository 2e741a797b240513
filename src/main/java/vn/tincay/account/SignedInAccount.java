package vn.tincay.account;

import java.io.Serializable;
import vn.tincay.security.Role;

/** What the session keeps about the signed-in person: ids and names, no secrets. */
public record SignedInAccount(long id, String username, String displayName, Role role, String organisationName,
                              Long provinceId, Long districtId, Long schoolId, Long serviceOrganisationId,
                              boolean mustChangePassword, String preferredLocale, boolean mustEnrolSecondFactor)
        implements Serializable {

    public SignedInAccount withMustChangePassword(boolean value) {
        return new SignedInAccount(id, username, displayName, role, organisationName, provinceId, districtId, schoolId,
                serviceOrganisationId, value, preferredLocale, mustEnrolSecondFactor);
    }

    public SignedInAccount withPreferredLocale(String value) {
        return new SignedInAccount(id, username, displayName, role, organisationName, provinceId, districtId, schoolId,
                serviceOrganisationId, mustChangePassword, value, mustEnrolSecondFactor);
    }

    public SignedInAccount withMustEnrolSecondFactor(boolean value) {
        return new SignedInAccount(id, username, displayName, role, organisationName, provinceId, districtId, schoolId,
                serviceOrganisationId, mustChangePassword, preferredLocale, value);
    }
}
