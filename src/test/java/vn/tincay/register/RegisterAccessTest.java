package vn.tincay.register;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.tincay.security.Caller;
import vn.tincay.security.Role;

/** Read rights that need no database look-up (those needing one are covered by the browser checks). */
class RegisterAccessTest {

    private final RegisterAccess access = new RegisterAccess();

    private static Caller caller(Role role, Long schoolId, Long districtId, Long provinceId) {
        return new Caller(1, "someone", role, schoolId, districtId, null, provinceId);
    }

    @Test
    void aFocalPointReadsTheirOwnSchoolsRegisterOnly() {
        Caller focal = caller(Role.SCHOOL_FOCAL_POINT, 7L, 1L, null);
        assertTrue(access.mayRead(focal, RegisterScope.school(1, 7)));
        assertFalse(access.mayRead(focal, RegisterScope.school(1, 8)));
        assertFalse(access.mayRead(focal, RegisterScope.districtOffice(1)));
        assertFalse(access.mayRead(focal, RegisterScope.allSchools(1)));
        assertFalse(access.mayRead(focal, RegisterScope.wholeDistrict(1)));
    }

    @Test
    void aCoordinatorReadsTheirDistrictButNoOther() {
        Caller coordinator = caller(Role.DISTRICT_COORDINATOR, null, 1L, null);
        assertTrue(access.mayRead(coordinator, RegisterScope.districtOffice(1)));
        assertTrue(access.mayRead(coordinator, RegisterScope.wholeDistrict(1)));
        assertTrue(access.mayRead(coordinator, RegisterScope.allSchools(1)));
        assertFalse(access.mayRead(coordinator, RegisterScope.wholeDistrict(2)));
        assertFalse(access.mayRead(coordinator, RegisterScope.school(2, 9)));
    }

    @Test
    void theProvinceNeverReadsASingleSchoolsRegister() {
        assertFalse(access.mayRead(caller(Role.PROVINCE_VIEWER, null, null, 3L), RegisterScope.school(1, 7)));
    }

    @Test
    void staffSupportServicesAndAdministratorsReadNoRegister() {
        assertFalse(access.mayRead(caller(Role.SCHOOL_STAFF, 7L, 1L, null), RegisterScope.school(1, 7)));
        assertFalse(access.mayRead(caller(Role.SUPPORT_SERVICE, null, 1L, null), RegisterScope.wholeDistrict(1)));
        assertFalse(access.mayRead(caller(Role.ADMIN, null, null, null), RegisterScope.wholeDistrict(1)));
    }
}
