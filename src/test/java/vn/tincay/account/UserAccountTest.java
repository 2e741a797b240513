package vn.tincay.account;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tincay.organisation.District;
import vn.tincay.organisation.Ownership;
import vn.tincay.organisation.Province;
import vn.tincay.organisation.School;
import vn.tincay.organisation.SchoolLevel;
import vn.tincay.organisation.ServiceKind;
import vn.tincay.organisation.ServiceOrganisation;
import vn.tincay.security.Role;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-03-08T02:00:00Z");

    private static final Province PROVINCE = new Province("TDEMO", "Tỉnh Demo", "Sở GD&ĐT Demo");
    private static final District DISTRICT = new District(PROVINCE, "HDEMO", "Huyện Demo", "Phòng GD&ĐT Demo");
    private static final School SCHOOL = new School(DISTRICT, "HDEMO-TH", "Trường Tiểu học Demo",
            SchoolLevel.PRIMARY, Ownership.PUBLIC);
    private static final ServiceOrganisation SERVICE = new ServiceOrganisation(DISTRICT, "Trung tâm CTXH Demo",
            ServiceKind.SOCIAL_WORK_CENTRE);

    private static UserAccount account() {
        return new UserAccount("staff9", "Giáo viên Demo", "hash", NOW);
    }

    private static void failTimes(UserAccount account, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            account.recordFailedSignIn(at);
        }
    }

    @Test
    void fourFailedSignInsDoNotLockTheAccount() {
        UserAccount account = account();

        for (int i = 1; i <= 4; i++) {
            assertFalse(account.recordFailedSignIn(NOW), "failure " + i);
        }

        assertFalse(account.isLocked(NOW));
        assertEquals(4, account.getFailedSignIns());
        assertNull(account.getLockedUntil());
    }

    @Test
    void theFifthFailedSignInInARowLocksTheAccountForFifteenMinutes() {
        UserAccount account = account();
        failTimes(account, 4, NOW);

        boolean lockedNow = account.recordFailedSignIn(NOW);

        assertTrue(lockedNow);
        assertTrue(account.isLocked(NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(15)), account.getLockedUntil());
        assertEquals(Duration.ofMinutes(15), UserAccount.LOCKOUT);
    }

    @Test
    void theLockHoldsForFifteenMinutesAndThenExpires() {
        UserAccount account = account();
        failTimes(account, 5, NOW);

        assertAll(
                () -> assertTrue(account.isLocked(NOW.plus(Duration.ofMinutes(14).plusSeconds(59)))),
                () -> assertFalse(account.isLocked(NOW.plus(Duration.ofMinutes(15)))),
                () -> assertFalse(account.isLocked(NOW.plus(Duration.ofHours(1)))));
    }

    @Test
    void failuresWhileLockedNeitherCountNorExtendTheLock() {
        UserAccount account = account();
        failTimes(account, 5, NOW);
        Instant lockedUntil = account.getLockedUntil();

        boolean lockedAgain = account.recordFailedSignIn(NOW.plus(Duration.ofMinutes(10)));

        assertFalse(lockedAgain);
        assertEquals(lockedUntil, account.getLockedUntil());
        assertEquals(0, account.getFailedSignIns());
    }

    @Test
    void afterTheLockExpiresFiveNewFailuresAreNeededToLockAgain() {
        UserAccount account = account();
        failTimes(account, 5, NOW);
        Instant later = NOW.plus(Duration.ofMinutes(16));

        failTimes(account, 4, later);
        assertFalse(account.isLocked(later));
        assertTrue(account.recordFailedSignIn(later));

        assertEquals(later.plus(UserAccount.LOCKOUT), account.getLockedUntil());
    }

    @Test
    void aSuccessfulSignInResetsTheCountOfFailures() {
        UserAccount account = account();
        failTimes(account, 4, NOW);

        account.recordSuccessfulSignIn(NOW);
        failTimes(account, 4, NOW);

        assertFalse(account.isLocked(NOW));
        assertEquals(4, account.getFailedSignIns());
        assertEquals(NOW, account.getLastSignInAt());
    }

    @Test
    void aPasswordSetByAnAdministratorUnlocksTheAccountAndMustBeChanged() {
        UserAccount account = account();
        failTimes(account, 5, NOW);

        account.setPasswordByAdministrator("new-hash", NOW);

        assertFalse(account.isLocked(NOW));
        assertTrue(account.isMustChangePassword());
        account.changeOwnPassword("own-hash", NOW);
        assertFalse(account.isMustChangePassword());
        assertEquals("own-hash", account.getPasswordHash());
    }

    static Stream<Arguments> fittingOrganisations() {
        return Stream.of(
                Arguments.of(Role.ADMIN, null),
                Arguments.of(Role.SCHOOL_STAFF, SCHOOL),
                Arguments.of(Role.SCHOOL_FOCAL_POINT, SCHOOL),
                Arguments.of(Role.DISTRICT_COORDINATOR, DISTRICT),
                Arguments.of(Role.SUPPORT_SERVICE, SERVICE),
                Arguments.of(Role.PROVINCE_VIEWER, PROVINCE));
    }

    @ParameterizedTest(name = "{0} works in {1}")
    @MethodSource("fittingOrganisations")
    void eachRoleIsAssignedWithTheOrganisationOfItsScope(Role role, Object organisation) {
        UserAccount account = account();

        account.assign(role, organisation);

        assertAll(
                () -> assertEquals(role, account.getRole()),
                () -> assertSame(organisation instanceof School ? organisation : null, account.getSchool()),
                () -> assertSame(organisation instanceof District ? organisation : null, account.getDistrict()),
                () -> assertSame(organisation instanceof ServiceOrganisation ? organisation : null,
                        account.getServiceOrganisation()),
                () -> assertSame(organisation instanceof Province ? organisation : null, account.getProvince()));
    }

    static Stream<Arguments> misfittingOrganisations() {
        List<Object> organisations = java.util.Arrays.asList(null, SCHOOL, DISTRICT, SERVICE, PROVINCE, "a school");
        return fittingOrganisations().flatMap(fitting -> {
            Role role = (Role) fitting.get()[0];
            Object fits = fitting.get()[1];
            return organisations.stream().filter(other -> other != fits).map(other -> Arguments.of(role, other));
        });
    }

    @ParameterizedTest(name = "{0} cannot work in {1}")
    @MethodSource("misfittingOrganisations")
    void aRoleIsNotAssignedWithAnOrganisationOutsideItsScope(Role role, Object organisation) {
        UserAccount account = account();
        account.assign(Role.SCHOOL_STAFF, SCHOOL);

        assertThrows(IllegalArgumentException.class, () -> account.assign(role, organisation));

        assertEquals(Role.SCHOOL_STAFF, account.getRole(), "unchanged");
        assertSame(SCHOOL, account.getSchool(), "unchanged");
    }

    @Test
    void reassigningAnAccountForgetsItsFormerOrganisation() {
        UserAccount account = account();
        account.assign(Role.SCHOOL_STAFF, SCHOOL);

        account.assign(Role.DISTRICT_COORDINATOR, DISTRICT);

        assertNull(account.getSchool());
        assertSame(DISTRICT, account.getDistrict());
        assertSame(DISTRICT, account.districtOfScope());
        assertEquals("Phòng GD&ĐT Demo", account.organisationName());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleHasAHomePageOfItsOwnArea(Role role) {
        assertTrue(role.homePage().matches("/[a-z]+/index\\.xhtml"), role.homePage());
    }
}
