package vn.tincay.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tincay.account.UserAccount;
import vn.tincay.followup.CoordinationEntry;
import vn.tincay.followup.Referral;
import vn.tincay.followup.ReferralBasis;
import vn.tincay.followup.ReferralStatus;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentStatus;
import vn.tincay.incident.IncidentStatusChange;
import vn.tincay.organisation.District;
import vn.tincay.organisation.Ownership;
import vn.tincay.organisation.Province;
import vn.tincay.organisation.School;
import vn.tincay.organisation.SchoolLevel;
import vn.tincay.organisation.ServiceKind;
import vn.tincay.organisation.ServiceOrganisation;
import vn.tincay.platform.LocalTime;
import vn.tincay.security.Role;
import vn.tincay.security.crypto.NameIndex;

/** Builds invented cases in memory: the domain's constructors and methods refuse anything against the rules. */
class DemoCaseBuilderTest {

    static final Instant NOW = LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(LocalTime.ZONE).toInstant();
    static final NameIndex NAMES = new NameIndex(new SecretKeySpec("test-index-key-32-bytes-long-xxx"
            .getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));

    static List<DemoCaseBuilder.BuiltCase> built;

    @BeforeAll
    static void buildThreeThousandCases() throws ReflectiveOperationException {
        District district = withId(new District(new Province("TDEMO", "Tỉnh Demo", "Sở Demo"), "HDEMO", "Huyện Demo",
                "Phòng Demo"), 1L);
        List<School> schools = new ArrayList<>();
        List<SchoolLevel> levels = InventedCasesTest.SCHOOLS;
        for (int i = 0; i < levels.size(); i++) {
            schools.add(withId(new School(district, "S" + i, "Trường Demo " + i, levels.get(i), Ownership.PUBLIC),
                    10L + i));
        }
        UserAccount staff = account("staff1", Role.SCHOOL_STAFF, schools.get(0));
        UserAccount principal = account("principal1", Role.SCHOOL_FOCAL_POINT, schools.get(0));
        UserAccount coordinator = account("coordinator", Role.DISTRICT_COORDINATOR, district);
        List<ServiceOrganisation> services = new ArrayList<>();
        for (ServiceKind kind : List.of(ServiceKind.SOCIAL_WORK_CENTRE, ServiceKind.SAFE_HOUSE, ServiceKind.HEALTH)) {
            services.add(withId(new ServiceOrganisation(district, "Demo " + kind, kind), 100L + kind.ordinal()));
        }
        List<UserAccount> staffBySchool = new ArrayList<>(List.of(staff));
        List<UserAccount> focalBySchool = new ArrayList<>(List.of(principal));
        for (int i = 1; i < schools.size(); i++) {
            staffBySchool.add(null);
            focalBySchool.add(null);
        }
        DemoCaseBuilder builder = new DemoCaseBuilder(new DemoCaseBuilder.Cast(schools, staffBySchool, focalBySchool,
                coordinator, services), NAMES, NOW);
        List<InventedCase> plans = new InventedCases(11, LocalDate.of(2026, 6, 15), levels).next(3000);
        built = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            built.add(builder.build(plans.get(i), String.format("HDEMO-%d-%04d", plans.get(i).reportedDate.getYear(),
                    i + 1)));
        }
    }

    @Test
    void everyStatusOccursAndOldCasesAreMostlyClosed() {
        Set<IncidentStatus> statuses = EnumSet.noneOf(IncidentStatus.class);
        long oldClosed = 0;
        long old = 0;
        for (DemoCaseBuilder.BuiltCase c : built) {
            statuses.add(c.incident().getStatus());
            if (c.incident().getReportedDate().isBefore(LocalDate.of(2025, 6, 1))) {
                old++;
                oldClosed += c.incident().getStatus() == IncidentStatus.CLOSED ? 1 : 0;
            }
        }
        assertEquals(EnumSet.allOf(IncidentStatus.class), statuses);
        assertTrue(oldClosed * 2 > old, oldClosed + " of " + old);
    }

    @Test
    void theHistoryStartsWithTheReportAndEachStepFollowsTheLastInTime() {
        for (DemoCaseBuilder.BuiltCase c : built) {
            List<IncidentStatusChange> changes = c.statusChanges();
            assertEquals(IncidentStatus.REPORTED, changes.get(0).getToStatus());
            for (int i = 1; i < changes.size(); i++) {
                assertEquals(changes.get(i - 1).getToStatus(), changes.get(i).getFromStatus());
                assertTrue(!changes.get(i).getChangedAt().isBefore(changes.get(i - 1).getChangedAt()));
                assertTrue(changes.get(i).getChangedAt().isBefore(NOW));
            }
            assertEquals(changes.get(changes.size() - 1).getToStatus(), c.incident().getStatus());
        }
    }

    @Test
    void referralsOccurInEveryStatusAndWithoutConsentOnlyOnALegalBasisWithItsReason() {
        Set<ReferralStatus> statuses = EnumSet.noneOf(ReferralStatus.class);
        Set<ReferralBasis> bases = EnumSet.noneOf(ReferralBasis.class);
        for (DemoCaseBuilder.BuiltCase c : built) {
            for (Referral r : c.referrals()) {
                statuses.add(r.getStatus());
                bases.add(r.getBasis());
                if (!c.incident().isConsentToReferral()) {
                    assertTrue(r.getBasis().isLegalBasis());
                    assertNotNull(r.getBasisReason());
                }
            }
        }
        // Withdrawn referrals come only from a survivor withdrawing consent, which the demo does not invent.
        assertEquals(EnumSet.complementOf(EnumSet.of(ReferralStatus.WITHDRAWN)), statuses);
        assertEquals(EnumSet.allOf(ReferralBasis.class), bases);
    }

    @Test
    void someOpenCasesHaveOverdueNextStepsAndClosedOnesNone() {
        LocalDate today = LocalDate.of(2026, 6, 15);
        long overdueOpen = 0;
        for (DemoCaseBuilder.BuiltCase c : built) {
            for (CoordinationEntry e : c.entries()) {
                if (e.isOverdue(today)) {
                    assertTrue(c.incident().getStatus().isOpen(), c.incident().getCaseCode());
                    overdueOpen++;
                }
            }
        }
        assertTrue(overdueOpen > 10, "overdue next steps: " + overdueOpen);
    }

    @Test
    void identityIsSetAndSearchableByEveryWordOfTheName() {
        Set<String> tokens = new HashSet<>();
        for (DemoCaseBuilder.BuiltCase c : built) {
            Incident incident = c.incident();
            assertTrue(incident.getSurvivor().getFullName().contains(" Demo "));
            assertEquals(NAMES.fullNameHash(incident.getSurvivor().getFullName()), incident.getSurvivorNameHash());
            assertEquals(NAMES.wordHashes(incident.getSurvivor().getFullName()), c.nameWordHashes());
            assertTrue(tokens.add(incident.getSubmissionToken()));
            assertTrue(incident.getSubmissionToken().matches("^[0-9a-f-]{36}$"));
        }
    }

    @Test
    void reportsAreFiledByTheSchoolsStaffOrElseTheCoordinator() {
        Set<String> reporters = new HashSet<>();
        for (DemoCaseBuilder.BuiltCase c : built) {
            String reporter = c.incident().getReportedBy().getUsername();
            reporters.add(reporter);
            if (!c.incident().getSchool().getCode().equals("S0")) {
                assertEquals("coordinator", reporter);
            }
        }
        assertEquals(Set.of("staff1", "principal1", "coordinator"), reporters);
    }

    private static UserAccount account(String username, Role role, Object organisation) {
        UserAccount account = new UserAccount(username, username, "hash", NOW);
        account.assign(role, organisation);
        return account;
    }

    private static <T> T withId(T entity, long id) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }
}
