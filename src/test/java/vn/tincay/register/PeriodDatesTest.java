package vn.tincay.register;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tincay.organisation.District;
import vn.tincay.organisation.Province;
import vn.tincay.platform.UserFacingException;

class PeriodDatesTest {

    private static final Instant NOW = Instant.parse("2026-04-24T03:00:00Z");

    private static String refusal(PeriodDates dates, int year) {
        return assertThrows(UserFacingException.class, () -> dates.requireValidFor(year)).getMessageKey();
    }

    @Test
    void theInterimReportCoversFirstJanuaryToTwelfthMayAndIsDueTwelfthMay() {
        PeriodDates interim = PeriodDates.defaultFor(2026, PeriodKind.INTERIM);
        assertEquals(LocalDate.of(2026, 1, 1), interim.coversFrom());
        assertEquals(LocalDate.of(2026, 5, 12), interim.coversTo());
        assertEquals(LocalDate.of(2026, 5, 12), interim.dueDate());
    }

    @Test
    void theYearEndReportCoversTheLettersReportingYearFromEleventhNovemberOfTheYearBefore() {
        PeriodDates yearEnd = PeriodDates.defaultFor(2026, PeriodKind.YEAR_END);
        assertEquals(LocalDate.of(2025, 11, 11), yearEnd.coversFrom());
        assertEquals(LocalDate.of(2026, 11, 10), yearEnd.coversTo());
        assertEquals(LocalDate.of(2026, 11, 10), yearEnd.dueDate());
        ReportingPeriod period = ReportingPeriod.defaultFor(new vn.tincay.organisation.District(
                new vn.tincay.organisation.Province("TX", "Tỉnh X", "Sở X"), "HX", "Huyện X", "Phòng GD&ĐT Huyện X"),
                2026, PeriodKind.YEAR_END, "coordinator", NOW);
        assertTrue(period.covers(LocalDate.of(2025, 11, 20)), "the action month of 2025 is in the 2026 year-end report");
        assertTrue(period.covers(LocalDate.of(2025, 12, 15)));
        assertFalse(period.covers(LocalDate.of(2025, 11, 10)), "the day the 2025 report was due belongs to 2025");
    }

    @Test
    void aDistrictThatCountsTheCalendarYearStartsItsYearEndReportOnFirstJanuary() {
        PeriodDates yearEnd = PeriodDates.defaultFor(2026, PeriodKind.YEAR_END, java.time.MonthDay.of(1, 1));
        assertEquals(LocalDate.of(2026, 1, 1), yearEnd.coversFrom());
        vn.tincay.organisation.District district = new vn.tincay.organisation.District(
                new vn.tincay.organisation.Province("TX", "Tỉnh X", "Sở X"), "HX", "Huyện X", "Phòng GD&ĐT Huyện X");
        district.setReportingYearStart(java.time.MonthDay.of(1, 1));
        assertEquals(LocalDate.of(2026, 1, 1),
                ReportingPeriod.defaultFor(district, 2026, PeriodKind.YEAR_END, "c", NOW).getCoversFrom());
    }

    @Test
    void theDistrictsOwnDeadlineIsItsOwnDateTenDaysAfterTheSchoolsByDefaultAndNeverBeforeThem() {
        PeriodDates interim = PeriodDates.defaultFor(2026, PeriodKind.INTERIM);
        assertEquals(LocalDate.of(2026, 5, 22), interim.districtDueDate());
        PeriodDates early = new PeriodDates(interim.coversFrom(), interim.coversTo(), interim.dueDate(),
                LocalDate.of(2026, 5, 11));
        assertEquals("period.error.districtDueBeforeSchools", refusal(early, 2026));
        assertDoesNotThrow(() -> new PeriodDates(interim.coversFrom(), interim.coversTo(), interim.dueDate(),
                LocalDate.of(2026, 5, 12)).requireValidFor(2026));
    }

    @Test
    void theDefaultsAreValidForTheirYear() {
        assertDoesNotThrow(() -> PeriodDates.defaultFor(2026, PeriodKind.INTERIM).requireValidFor(2026));
        assertDoesNotThrow(() -> PeriodDates.defaultFor(2026, PeriodKind.YEAR_END).requireValidFor(2026));
    }

    @Test
    void aPeriodMayStartWithTheSchoolYearInThePreviousAutumn() {
        assertDoesNotThrow(() -> new PeriodDates(LocalDate.of(2025, 9, 5), LocalDate.of(2026, 5, 12),
                LocalDate.of(2026, 5, 12)).requireValidFor(2026));
    }

    @Test
    void aPeriodRunningBackwardsIsRefused() {
        assertEquals("period.error.rangeBackwards", refusal(new PeriodDates(LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 5, 12), LocalDate.of(2026, 6, 1)), 2026));
    }

    @Test
    void aPeriodMustEndInItsYear() {
        assertEquals("period.error.outsideYear", refusal(new PeriodDates(LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 10)), 2026));
    }

    @Test
    void aPeriodOfMoreThanEighteenMonthsIsRefused() {
        assertEquals("period.error.tooLong", refusal(new PeriodDates(LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 12)), 2026));
    }

    @Test
    void theDueDateCannotBeBeforeThePeriodStarts() {
        assertEquals("period.error.dueBeforeStart", refusal(new PeriodDates(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 5, 12), LocalDate.of(2025, 12, 31)), 2026));
    }

    @Test
    void missingDatesAreRefused() {
        assertEquals("register.error.dateRequired",
                refusal(new PeriodDates(null, LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 12)), 2026));
    }

    @Test
    void aDefaultPeriodKnowsWhatItCoversAndWhenItIsOverdue() {
        District district = new District(new Province("TX", "Tỉnh X", "Sở X"), "HX", "Huyện X", "Phòng X");
        ReportingPeriod interim = ReportingPeriod.defaultFor(district, 2026, PeriodKind.INTERIM, "coordinator", NOW);
        assertTrue(interim.covers(LocalDate.of(2026, 5, 12)));
        assertFalse(interim.covers(LocalDate.of(2026, 5, 13)));
        assertFalse(interim.isOverdue(LocalDate.of(2026, 5, 12)));
        assertTrue(interim.isOverdue(LocalDate.of(2026, 5, 13)));
    }

    @Test
    void theDistrictCanMoveTheDueDate() {
        District district = new District(new Province("TX", "Tỉnh X", "Sở X"), "HX", "Huyện X", "Phòng X");
        ReportingPeriod interim = ReportingPeriod.defaultFor(district, 2026, PeriodKind.INTERIM, "coordinator", NOW);
        interim.change(new PeriodDates(LocalDate.of(2025, 9, 5), LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 15)),
                "coordinator", NOW);
        assertEquals(LocalDate.of(2026, 5, 15), interim.getDueDate());
        assertEquals(LocalDate.of(2025, 9, 5), interim.getCoversFrom());
    }
}
