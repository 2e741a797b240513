package vn.tincay.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RegisterScopeTest {

    @Test
    void aSchoolScopeReadsOnlyThatSchoolsRows() {
        assertEquals("(a.district.id = :scopeDistrict AND a.schoolId = :scopeSchool)",
                RegisterScope.school(1, 7).condition("a"));
    }

    @Test
    void theDistrictOfficeScopeReadsOnlyRowsWithoutSchool() {
        assertEquals("(a.district.id = :scopeDistrict AND a.schoolId IS NULL)",
                RegisterScope.districtOffice(1).condition("a"));
    }

    @Test
    void theWholeDistrictReadsTheOfficeAndAllSchools() {
        assertEquals("(a.district.id = :scopeDistrict)", RegisterScope.wholeDistrict(1).condition("a"));
        assertEquals("(a.district.id = :scopeDistrict AND a.schoolId IS NOT NULL)",
                RegisterScope.allSchools(1).condition("a"));
    }

    @Test
    void aSchoolIdIsNeededExactlyForTheSchoolScope() {
        assertThrows(IllegalArgumentException.class, () -> new RegisterScope(RegisterScope.Kind.SCHOOL, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new RegisterScope(RegisterScope.Kind.WHOLE_DISTRICT, 1, 7L));
    }

    @Test
    void aUnitsOwnScopeFollowsItsKind() {
        assertEquals(RegisterScope.districtOffice(1), RegisterScope.of(RegisterUnit.districtOffice(1)));
        assertEquals(RegisterScope.school(1, 7), RegisterScope.of(RegisterUnit.school(1, 7)));
    }
}
