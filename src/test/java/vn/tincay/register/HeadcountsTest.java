package vn.tincay.register;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tincay.organisation.District;
import vn.tincay.platform.UserFacingException;

class HeadcountsTest {

    // staff F/M, leaders F/M, party committee F/M, standing committee F/M, Ban VSTBPN F/M
    private static Headcounts counts(int... c) {
        return new Headcounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
    }

    @Test
    void aStandingCommitteeOfMenOnlyRaisesTheWarning() {
        assertTrue(counts(30, 10, 2, 3, 1, 4, 0, 2, 3, 2).standingCommitteeWithoutWoman());
    }

    @Test
    void aStandingCommitteeWithAWomanOrWithoutMembersRaisesNoWarning() {
        assertFalse(counts(30, 10, 2, 3, 1, 4, 1, 2, 3, 2).standingCommitteeWithoutWoman());
        assertFalse(counts(30, 10, 2, 3, 1, 4, 0, 0, 3, 2).standingCommitteeWithoutWoman());
    }

    @Test
    void leadersCannotOutnumberTheStaffOfTheirSex() {
        assertEquals("register.error.leadersAboveStaff", assertThrows(UserFacingException.class,
                () -> counts(3, 10, 4, 3, 0, 0, 0, 0, 0, 0).validate()).getMessageKey());
        assertThrows(UserFacingException.class, () -> counts(30, 2, 2, 3, 0, 0, 0, 0, 0, 0).validate());
    }

    @Test
    void theStandingCommitteeCannotOutnumberThePartyCommittee() {
        assertEquals("register.error.standingAboveParty", assertThrows(UserFacingException.class,
                () -> counts(30, 10, 2, 3, 1, 4, 2, 2, 0, 0).validate()).getMessageKey());
    }

    @Test
    void negativeCountsAreRefused() {
        assertEquals("register.error.negativeCount", assertThrows(UserFacingException.class,
                () -> counts(30, -1, 0, 0, 0, 0, 0, 0, 0, 0).validate()).getMessageKey());
        assertThrows(UserFacingException.class, () -> counts(30, 10, 0, 0, 0, 0, 0, 0, -2, 0).validate());
    }

    @Test
    void consistentCountsPass() {
        assertDoesNotThrow(() -> counts(30, 10, 2, 3, 1, 4, 1, 2, 3, 2).validate());
        assertDoesNotThrow(() -> Headcounts.NONE.validate());
    }

    /**
     * Worked by hand: school A counts staff 38 women / 14 men, leaders 1 / 3, party committee 2 / 5,
     * standing committee 0 / 2, Ban VSTBPN 4 / 1; the district office counts staff 9 / 6, leaders 1 / 2,
     * party committee 2 / 3, standing committee 1 / 1, Ban VSTBPN 3 / 2.
     * School A: leaders 1/4 = 25.0 % (within 20-25), party committee 2/7 = 28.6 % (above),
     * standing committee without a woman. District sum: staff 47/67 = 70.1 %, leaders 2/7 = 28.6 %,
     * party committee 4/12 = 33.3 %, standing committee 1/4, Ban VSTBPN 7/10 = 70.0 %.
     */
    @Test
    void theWorkedScenarioGivesTheSharesComputedByHand() {
        Headcounts schoolA = counts(38, 14, 1, 3, 2, 5, 0, 2, 4, 1);
        Headcounts office = counts(9, 6, 1, 2, 2, 3, 1, 1, 3, 2);
        assertEquals(new BigDecimal("25.0"), schoolA.leaders().percent());
        assertEquals(TargetStatus.WITHIN, schoolA.leaders().against(TargetRange.DEFAULT));
        assertEquals(new BigDecimal("28.6"), schoolA.partyCommittee().percent());
        assertEquals(TargetStatus.ABOVE, schoolA.partyCommittee().against(TargetRange.DEFAULT));
        assertTrue(schoolA.standingCommitteeWithoutWoman());

        Headcounts district = schoolA.plus(office);
        assertEquals(new WomenShare(47, 20), district.staff());
        assertEquals(new BigDecimal("70.1"), district.staff().percent());
        assertEquals(new BigDecimal("28.6"), district.leaders().percent());
        assertEquals(new BigDecimal("33.3"), district.partyCommittee().percent());
        assertEquals(new WomenShare(1, 3), district.standingCommittee());
        assertFalse(district.standingCommitteeWithoutWoman());
        assertEquals(new BigDecimal("70.0"), district.committee().percent());
    }

    @Test
    void theGroupsComeInReportOrderWithTheTargetOnLeadersAndPartyCommittee() {
        List<GroupShare> groups = counts(30, 10, 2, 3, 1, 4, 1, 2, 3, 2).groups();
        assertEquals(List.of("staff", "leaders", "partyCommittee", "standingCommittee", "committee"),
                groups.stream().map(GroupShare::group).toList());
        assertEquals(List.of(false, true, true, false, false), groups.stream().map(GroupShare::targeted).toList());
    }

    @Test
    void staffStatisticsStoreOnlyConsistentCounts() {
        District district = Fixtures.district(1);
        ReportingPeriod period = ReportingPeriod.defaultFor(district, 2026, PeriodKind.INTERIM, "coordinator",
                Fixtures.NOW);
        StaffStatistics statistics = new StaffStatistics(district, Fixtures.school(district, 7), period, "principal1",
                Fixtures.NOW);
        assertEquals(7L, statistics.getUnitKey());
        assertThrows(UserFacingException.class, () -> statistics.count(LocalDate.of(2026, 5, 4),
                counts(3, 10, 4, 3, 0, 0, 0, 0, 0, 0), null, "principal1", Fixtures.NOW));
        statistics.count(LocalDate.of(2026, 5, 4), counts(38, 14, 1, 3, 2, 5, 0, 2, 4, 1), null, "principal1",
                Fixtures.NOW);
        assertEquals(counts(38, 14, 1, 3, 2, 5, 0, 2, 4, 1), statistics.headcounts());
    }

    @Test
    void theCountingDateMustLieInThePeriod() {
        District district = Fixtures.district(1);
        ReportingPeriod interim = ReportingPeriod.defaultFor(district, 2026, PeriodKind.INTERIM, "coordinator",
                Fixtures.NOW);
        StaffStatistics statistics = new StaffStatistics(district, null, interim, "coordinator", Fixtures.NOW);
        Headcounts fine = counts(9, 6, 1, 2, 2, 3, 1, 1, 3, 2);
        assertEquals("register.error.asOfOutsidePeriod", assertThrows(UserFacingException.class,
                () -> statistics.count(LocalDate.of(2025, 12, 31), fine, null, "coordinator", Fixtures.NOW))
                .getMessageKey());
        assertThrows(UserFacingException.class,
                () -> statistics.count(LocalDate.of(2026, 5, 13), fine, null, "coordinator", Fixtures.NOW));
        assertDoesNotThrow(() -> statistics.count(LocalDate.of(2026, 5, 12), fine, null, "coordinator", Fixtures.NOW));
        assertDoesNotThrow(() -> statistics.count(LocalDate.of(2026, 1, 1), fine, null, "coordinator", Fixtures.NOW));
    }

    @Test
    void theDistrictOfficeStatisticsHaveUnitKeyZero() {
        District district = Fixtures.district(1);
        ReportingPeriod period = ReportingPeriod.defaultFor(district, 2026, PeriodKind.INTERIM, "coordinator",
                Fixtures.NOW);
        assertEquals(0L, new StaffStatistics(district, null, period, "coordinator", Fixtures.NOW).getUnitKey());
    }
}
