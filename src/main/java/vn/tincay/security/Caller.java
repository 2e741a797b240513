package vn.tincay.security;

/**
 * Who is calling a service, with the organisation ids every record-scope check starts from.
 * Ids that do not apply to the role are null.
 */
public record Caller(long accountId, String username, Role role, Long schoolId, Long districtId,
                     Long serviceOrganisationId, Long provinceId) {

    public boolean is(Role... roles) {
        for (Role candidate : roles) {
            if (role == candidate) {
                return true;
            }
        }
        return false;
    }
}
