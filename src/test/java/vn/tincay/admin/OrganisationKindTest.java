package vn.tincay.admin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tincay.account.UserAccount;
import vn.tincay.organisation.District;
import vn.tincay.organisation.Ownership;
import vn.tincay.organisation.Province;
import vn.tincay.organisation.School;
import vn.tincay.organisation.SchoolLevel;
import vn.tincay.organisation.ServiceKind;
import vn.tincay.organisation.ServiceOrganisation;
import vn.tincay.security.Role;

class OrganisationKindTest {

    private static final Province PROVINCE = new Province("TDEMO", "Tỉnh Demo", "Sở GD&ĐT Tỉnh Demo");
    private static final District DISTRICT = new District(PROVINCE, "HDEMO", "Huyện Demo", "Phòng GD&ĐT Huyện Demo");

    private static Object organisationOf(Class<?> kind) {
        if (kind == null) {
            return null;
        }
        if (kind == School.class) {
            return new School(DISTRICT, "HDEMO-TH-A", "Trường Demo A", SchoolLevel.PRIMARY, Ownership.PUBLIC);
        }
        if (kind == District.class) {
            return DISTRICT;
        }
        if (kind == ServiceOrganisation.class) {
            return new ServiceOrganisation(DISTRICT, "Trung tâm Demo", ServiceKind.SOCIAL_WORK_CENTRE);
        }
        return PROVINCE;
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleIsGivenAnOrganisationItsAccountAccepts(Role role) {
        UserAccount account = new UserAccount("demo.user", "Người dùng Demo", "hash", Instant.EPOCH);
        Object organisation = organisationOf(AdministrationService.organisationKind(role.scope()));
        assertDoesNotThrow(() -> account.assign(role, organisation));
        assertEquals(role, account.getRole());
    }

    @Test
    void anAdministratorHasNoOrganisationToLoad() {
        assertNull(AdministrationService.organisationKind(Role.Scope.NONE));
    }

    @Test
    void schoolStaffBelongToASchool() {
        assertSame(School.class, AdministrationService.organisationKind(Role.SCHOOL_STAFF.scope()));
        assertSame(School.class, AdministrationService.organisationKind(Role.SCHOOL_FOCAL_POINT.scope()));
    }
}
