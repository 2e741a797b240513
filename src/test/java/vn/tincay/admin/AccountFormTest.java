package vn.tincay.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import vn.tincay.security.Role;

class AccountFormTest {

    private static AccountForm formWithEveryOrganisation(Role role) {
        AccountForm form = new AccountForm();
        form.setRole(role);
        form.setSchoolId(1L);
        form.setDistrictId(2L);
        form.setServiceOrganisationId(3L);
        form.setProvinceId(4L);
        return form;
    }

    @Test
    void schoolRolesTakeTheChosenSchool() {
        assertEquals(1L, formWithEveryOrganisation(Role.SCHOOL_STAFF).organisationIdForRole());
        assertEquals(1L, formWithEveryOrganisation(Role.SCHOOL_FOCAL_POINT).organisationIdForRole());
    }

    @Test
    void theDistrictCoordinatorTakesTheChosenDistrict() {
        assertEquals(2L, formWithEveryOrganisation(Role.DISTRICT_COORDINATOR).organisationIdForRole());
    }

    @Test
    void aSupportServiceAccountTakesTheChosenServiceOrganisation() {
        assertEquals(3L, formWithEveryOrganisation(Role.SUPPORT_SERVICE).organisationIdForRole());
    }

    @Test
    void theProvinceViewerTakesTheChosenProvince() {
        assertEquals(4L, formWithEveryOrganisation(Role.PROVINCE_VIEWER).organisationIdForRole());
    }

    @Test
    void anAdministratorBelongsToNoOrganisationWhateverWasChosenBefore() {
        assertNull(formWithEveryOrganisation(Role.ADMIN).organisationIdForRole());
    }

    @Test
    void withoutARoleThereIsNoOrganisation() {
        assertNull(formWithEveryOrganisation(null).organisationIdForRole());
    }

    @Test
    void aRoleWhoseOrganisationWasNotChosenHasNone() {
        AccountForm form = new AccountForm();
        form.setRole(Role.DISTRICT_COORDINATOR);
        form.setSchoolId(1L);
        assertNull(form.organisationIdForRole());
    }
}
