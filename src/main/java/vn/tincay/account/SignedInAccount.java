package vn.tincay.account;

import java.io.Serializable;
import vn.tincay.security.Role;

/** What the session keeps about the signed-in person: ids and names, no secrets. */
public record SignedInAccount(long id, String username, String displayName, Role role, String organisationName,
                              Long provinceId, Long districtId, Long schoolId, Long serviceOrganisationId,
                              boolean mustChangePassword, String preferredLocale) implements Serializable {
}
