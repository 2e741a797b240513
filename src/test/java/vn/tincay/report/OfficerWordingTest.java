package vn.tincay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tincay.register.ActionMonth;
import vn.tincay.register.ActivityForm;
import vn.tincay.register.ActivityLine;
import vn.tincay.register.PeriodDates;
import vn.tincay.register.PeriodKind;
import vn.tincay.register.TargetRange;

/** The pre-filled text reads as an officer writes it: shares, action months, who the district's totals speak for. */
class OfficerWordingTest {

    private static ActivityLine activity(String title, LocalDate on, ActionMonth month) {
        return new ActivityLine(1, 7L, "Trường Demo", title, on, ActivityForm.MEETING, true, true, false, 50, 30, month,
                null, 0);
    }

    private static PrefillData data(LocalDate from, LocalDate to, ReportFigures f, List<ActivityLine> activities,
                                    boolean district, long reported, long schools) {
        return new PrefillData(district, from, to, f, TargetRange.DEFAULT, List.of(), activities, List.of(), List.of(),
                List.of(), List.of(), reported, schools);
    }

    @Test
    void aShareIsWrittenWithADecimalCommaAndNoSpaceBeforeThePercentSign() {
        assertEquals("84,6%", Percent.of(11, 13).format());
        assertEquals("100%", Percent.of(3, 3).format());
    }

    @Test
    void theYearEndReportCountsTheActionMonthOfThePreviousYear() {
        PeriodDates yearEnd = PeriodDates.defaultFor(2026, PeriodKind.YEAR_END);
        ReportFigures f = new ReportFigures().set(Figure.ACTIVITIES, 1).set(Figure.ACTIVITIES_NOV_DEC, 1)
                .set(Figure.ACTIVITY_PARTICIPANTS_FEMALE, 50).set(Figure.ACTIVITY_PARTICIPANTS_MALE, 30);
        String text = ReportTexts.activities(data(yearEnd.coversFrom(), yearEnd.coversTo(), f,
                List.of(activity("Mít tinh về bình đẳng giới", LocalDate.of(2025, 11, 20),
                        ActionMonth.GENDER_EQUALITY_NOV_DEC)), false, 0, 0));
        assertTrue(text.contains("1 hoạt động hưởng ứng Tháng hành động vì bình đẳng giới"), text);
        assertTrue(text.contains("0 hoạt động hưởng ứng Tháng hành động phòng, chống bạo lực gia đình (tháng 6)"),
                "June lies in the period: zero is a true statement there: " + text);
    }

    @Test
    void noSentenceClaimsZeroForAnActionMonthOutsideThePeriod() {
        ReportFigures f = new ReportFigures().set(Figure.ACTIVITIES, 2).set(Figure.ACTIVITIES_NOV_DEC, 1)
                .set(Figure.ACTIVITY_PARTICIPANTS_FEMALE, 50).set(Figure.ACTIVITY_PARTICIPANTS_MALE, 30);
        // An interim period from 11/11/2025 to 12/05/2026 reaches the November action month, not June.
        String text = ReportTexts.activities(data(LocalDate.of(2025, 11, 11), LocalDate.of(2026, 5, 12), f,
                List.of(), false, 0, 0));
        assertTrue(text.contains("1 hoạt động hưởng ứng Tháng hành động vì bình đẳng giới"), text);
        assertFalse(text.contains("tháng 6"), text);
        assertFalse(ActionMonth.DOMESTIC_VIOLENCE_JUNE.overlaps(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 12)));
        assertTrue(ActionMonth.GENDER_EQUALITY_NOV_DEC.overlaps(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 5, 12)));
        assertFalse(ActionMonth.GENDER_EQUALITY_NOV_DEC.overlaps(LocalDate.of(2025, 12, 16), LocalDate.of(2026, 11, 14)));
    }

    @Test
    void aTitleThatAlreadyNamesTheActionMonthIsNotFollowedByItAgain() {
        ReportFigures f = new ReportFigures().set(Figure.ACTIVITIES, 2);
        String text = ReportTexts.activities(data(LocalDate.of(2025, 11, 11), LocalDate.of(2026, 11, 10), f, List.of(
                activity("Hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới",
                        LocalDate.of(2025, 11, 16), ActionMonth.GENDER_EQUALITY_NOV_DEC),
                activity("Sân khấu hóa về phòng, chống bạo lực gia đình", LocalDate.of(2026, 6, 10),
                        ActionMonth.DOMESTIC_VIOLENCE_JUNE)), false, 0, 0));
        String first = text.lines().filter(l -> l.startsWith("- 16/11/2025")).findFirst().orElseThrow();
        assertEquals(1, first.split("Tháng hành động", -1).length - 1, first);
        String second = text.lines().filter(l -> l.startsWith("- 10/06/2026")).findFirst().orElseThrow();
        assertTrue(second.contains(", hưởng ứng Tháng hành động phòng, chống bạo lực gia đình"), second);
    }

    @Test
    void districtTotalsSayHowManySchoolsReportedInsteadOfSpeakingForTheWholeSector() {
        ReportFigures f = new ReportFigures().set(Figure.STAFF_FEMALE, 33).set(Figure.STAFF_MALE, 6);
        String partial = ReportTexts.general(data(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 12), f, List.of(),
                true, 1, 5));
        assertFalse(partial.contains("Toàn ngành"), partial);
        assertTrue(partial.contains("1/5 trường"), partial);
        assertTrue(partial.contains("39 cán bộ"), partial);
        String whole = ReportTexts.general(data(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 12), f, List.of(),
                true, 5, 5));
        assertTrue(whole.startsWith("Toàn ngành"), whole);
    }
}
