package vn.tincay.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.tincay.organisation.SchoolLevel;

/**
 * One small district, counted by hand, against the real queries. Subclasses provide the database
 * (H2 in MySQL mode always, MariaDB when one runs).
 *
 * <pre>
 * District D1 (province P): school S1 (primary), S2 (lower secondary). Year 2026 by incident date.
 *  #  school type           status       incident  reported  delay bucket   closed (UTC → Vietnam day)   days  age    consent
 *  1  S1  psychological   CLOSED       10/01     13/01     3   0–3      20/01 10:00 → 20/01          7     0–11   yes
 *  2  S1  physical        CLOSED       28/01     01/02     4   4–5      10/02 20:00 → 11/02 (UTC+7!) 10    0–11   yes
 *  3  S2  physical        IN_PROGRESS  01/03     06/03     5   4–5                                          12–17  yes
 *  4  S2  sexual assault  CLOSED       15/03     21/03     6   6–14     30/04 01:00 → 30/04          40    12–17  yes
 *  5  S1  psychological   VERIFYING    01/05     15/05     14  6–14                                         12–17  yes
 *  6  S2  psychological   REPORTED     20/05     04/06     15  15–30                                        12–17  yes
 *  7  S2  rape            IN_PROGRESS  01/06     01/07     30  15–30                                        12–17  no
 *  8  S1  physical        REPORTED     10/06     11/07     31  over 30                                      12–17  no
 *  9  S1  physical        CLOSED       20/12/25  05/01     (incident in 2025: not counted in 2026)          12–17  yes
 * District D2 (province P): #10 physical, 02/02, consent, 18–25. District D3 (province P2): #11, consent.
 * Referrals: #1 CLOSED, #2 DECLINED, #4 ACCEPTED and SERVICE_PROVIDED, #9 SENT (2025: not counted).
 * </pre>
 */
abstract class StatisticsQueriesScenario {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vn.tincay.i18n.text", VI);
    private static final StatisticsFilter YEAR_2026 = StatisticsFilter.year(2026, null);

    private long provinceP;
    private long districtD1;
    private long schoolS2;
    private StatisticsQueries queries;
    private StatisticsTestDatabase db;

    void createScenario(StatisticsTestDatabase db) throws SQLException {
        this.db = db;
        provinceP = db.province("P");
        long provinceP2 = db.province("P2");
        districtD1 = db.district(provinceP, "D1", "Huyện Một");
        long d2 = db.district(provinceP, "D2", "Huyện Hai");
        long d3 = db.district(provinceP2, "D3", "Huyện Ba");
        long s1 = db.school(districtD1, "S1", "PRIMARY");
        schoolS2 = db.school(districtD1, "S2", "LOWER_SECONDARY");
        long s3 = db.school(d2, "S3", "PRIMARY");
        long s4 = db.school(d3, "S4", "PRIMARY");
        long service = db.service(districtD1);
        long i1 = db.incident(districtD1, s1, "PSYCHOLOGICAL_ABUSE", "CLOSED", day(1, 10), day(1, 13),
                Instant.parse("2026-01-20T10:00:00Z"), "AGE_0_11", true);
        long i2 = db.incident(districtD1, s1, "PHYSICAL_ASSAULT", "CLOSED", day(1, 28), day(2, 1),
                Instant.parse("2026-02-10T20:00:00Z"), "AGE_0_11", true);
        db.incident(districtD1, schoolS2, "PHYSICAL_ASSAULT", "IN_PROGRESS", day(3, 1), day(3, 6), null,
                "AGE_12_17", true);
        long i4 = db.incident(districtD1, schoolS2, "SEXUAL_ASSAULT", "CLOSED", day(3, 15), day(3, 21),
                Instant.parse("2026-04-30T01:00:00Z"), "AGE_12_17", true);
        db.incident(districtD1, s1, "PSYCHOLOGICAL_ABUSE", "VERIFYING", day(5, 1), day(5, 15), null, "AGE_12_17", true);
        db.incident(districtD1, schoolS2, "PSYCHOLOGICAL_ABUSE", "REPORTED", day(5, 20), day(6, 4), null,
                "AGE_12_17", true);
        db.incident(districtD1, schoolS2, "RAPE", "IN_PROGRESS", day(6, 1), day(7, 1), null, "AGE_12_17", false);
        db.incident(districtD1, s1, "PHYSICAL_ASSAULT", "REPORTED", day(6, 10), day(7, 11), null, "AGE_12_17", false);
        long i9 = db.incident(districtD1, s1, "PHYSICAL_ASSAULT", "CLOSED", LocalDate.of(2025, 12, 20), day(1, 5),
                Instant.parse("2026-01-15T03:00:00Z"), "AGE_12_17", true);
        db.incident(d2, s3, "PHYSICAL_ASSAULT", "REPORTED", day(2, 2), day(2, 2), null, "AGE_18_25", true);
        db.incident(d3, s4, "RAPE", "REPORTED", day(4, 4), day(4, 4), null, "AGE_12_17", true);
        db.referral(i1, service, "CLOSED");
        db.referral(i2, service, "DECLINED");
        db.referral(i4, service, "ACCEPTED");
        db.referral(i4, service, "SERVICE_PROVIDED");
        db.referral(i9, service, "SENT");
        queries = db.queries();
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    private List<StatTable> district(StatisticsFilter filter) {
        return queries.dashboard(StatisticsScope.district(districtD1), filter);
    }

    private static StatTable table(List<StatTable> tables, String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Long> column(StatTable table, int column) {
        return table.rows().stream().map(r -> r.cell(column).asCount()).toList();
    }

    private static String shown(StatTable table) {
        return String.join(" | ", table.rows().stream()
                .map(r -> r.label().in(BUNDLE) + " " + new StatFormat(VI, BUNDLE).cell(r.cell(0))).toList())
                + " || " + new StatFormat(VI, BUNDLE).cell(table.total().cell(0));
    }

    @Test
    void incidentsByTypeMatchTheHandCount() {
        // Cases count in the period they were received (as in the periodic reports): #9 happened in
        // December 2025 but was received on 05/01/2026, so it is a 2026 case.
        // Types in enum order: rape #7; sexual #4; physical #2 #3 #8 #9; forced marriage, denial: none;
        // psychological #1 #5 #6; not GBV: none. #10 and #11 elsewhere.
        StatTable byType = table(district(YEAR_2026), "byType");
        assertEquals(List.of(1L, 1L, 4L, 0L, 0L, 3L, 0L), column(byType, 0));
        assertEquals(9L, byType.total().cell(0).asCount());
        assertEquals(9L, queries.total(StatisticsScope.district(districtD1), YEAR_2026));
    }

    @Test
    void incidentsByMonthHaveEveryMonthOfTheYearWithZerosWhereNothingHappened() {
        // Months received: January #1 #9, February #2, March #3 #4, May #5, June #6, July #7 #8.
        StatTable byMonth = table(district(YEAR_2026), "byMonth");
        assertEquals(List.of(2L, 1L, 2L, 0L, 1L, 1L, 2L, 0L, 0L, 0L, 0L, 0L), column(byMonth, 0));
        assertEquals("01/2026", byMonth.rows().get(0).label().text());
        assertEquals("12/2026", byMonth.rows().get(11).label().text());
    }

    @Test
    void incidentsBySchoolLevelAndByStatus() {
        List<StatTable> tables = district(YEAR_2026);
        // Levels in enum order: kindergarten, primary (#1 #2 #5 #8 #9), lower secondary (#3 #4 #6 #7), preschool group.
        assertEquals(List.of(0L, 5L, 4L, 0L), column(table(tables, "bySchoolLevel"), 0));
        // Reported #6 #8, verifying #5, in progress #3 #7, closed #1 #2 #4 #9.
        assertEquals(List.of(2L, 1L, 2L, 4L), column(table(tables, "byStatus"), 0));
    }

    @Test
    void reportingDelaysFallIntoTheirBucketsAtEveryBoundary() {
        // 3 → 0–3 (#1); 4 and 5 → 4–5 (#2 #3); 6 and 14 → 6–14 (#4 #5); 15, 16 and 30 → 15–30 (#6 #9 #7);
        // 31 → over (#8).
        assertEquals(List.of(1L, 2L, 2L, 3L, 1L), column(table(district(YEAR_2026), "reportingDelay"), 0));
    }

    @Test
    void timeToCloseCountsVietnameseDaysFromTheReport() {
        // #1: 13/01 → 20/01 = 7; #2: 01/02 → 11/02 (closed 20:00 UTC on the 10th, 03:00 on the 11th in
        // Vietnam) = 10; #4: 21/03 → 30/04 = 40; #9: 05/01 → 15/01 = 10. Average (7 + 10 + 40 + 10) / 4 = 16.75,
        // median 10.
        StatTable times = table(district(YEAR_2026), "timeToClose");
        StatRow all = times.total();
        assertEquals(4L, all.cell(0).asCount());
        assertEquals(16.75, all.cell(1).value(), 1e-9);
        assertEquals(10.0, all.cell(2).value(), 1e-9);
        StatRow physical = times.row("GbvType.PHYSICAL_ASSAULT");
        assertEquals(2L, physical.cell(0).asCount());
        assertEquals(10.0, physical.cell(1).value(), 1e-9);
        assertEquals(40.0, times.row("GbvType.SEXUAL_ASSAULT").cell(2).value(), 1e-9);
        assertEquals(Cell.Kind.NONE, times.row("GbvType.RAPE").cell(1).kind(), "#7 is not closed");
    }

    @Test
    void referralOutcomesCountTheReferralsOfTheIncidentsInThePeriod() {
        // Sent: #9's (received in 2026); accepted #4; declined #2; service provided #4; closed #1; none withdrawn.
        StatTable referrals = table(district(YEAR_2026), "referrals");
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L, 0L), column(referrals, 0));
        assertEquals(5L, referrals.total().cell(0).asCount());
    }

    @Test
    void theSchoolLevelAndTheDateRangeNarrowTheCount() {
        assertEquals(5L, queries.total(StatisticsScope.district(districtD1), StatisticsFilter.year(2026,
                SchoolLevel.PRIMARY)));
        StatisticsFilter spring = StatisticsFilter.range(day(3, 1), day(5, 31), null);
        // Received #3 #4 (March), #5 (May; #6 was received in June).
        assertEquals(List.of(2L, 0L, 1L), column(table(district(spring), "byMonth"), 0));
    }

    @Test
    void aRangeWithPartialMonthsAddsTheDaysAtEitherEndToTheWholeMonths() {
        // 06/01 to 10/07: 6–31 January (#1; #9 was received on the 5th), February to June whole (#2–#6),
        // 1–10 July (#7; #8 came on the 11th).
        List<StatTable> tables = district(StatisticsFilter.range(day(1, 6), day(7, 10), null));
        assertEquals(List.of(1L, 1L, 2L, 0L, 0L, 3L, 0L), column(table(tables, "byType"), 0));
        assertEquals(List.of(1L, 1L, 2L, 0L, 1L, 1L, 1L), column(table(tables, "byMonth"), 0));
        assertEquals(List.of(1L, 1L, 2L, 3L), column(table(tables, "byStatus"), 0));
        // Closed #1 (7 days), #2 (10), #4 (40): median 10; referrals of #1, #2 and #4 (two).
        assertEquals(3L, table(tables, "timeToClose").total().cell(0).asCount());
        assertEquals(10.0, table(tables, "timeToClose").total().cell(2).value(), 1e-9);
        assertEquals(4L, table(tables, "referrals").total().cell(0).asCount());
        assertEquals(7L, queries.total(StatisticsScope.district(districtD1),
                StatisticsFilter.range(day(1, 6), day(7, 10), null)));
        // Within one month only: 1–20 March is #3 alone (#4 was received on the 21st).
        assertEquals(1L, queries.total(StatisticsScope.district(districtD1),
                StatisticsFilter.range(day(3, 1), day(3, 20), null)));
    }

    @Test
    void everyRangeCountsWhatTheIncidentsSay() {
        // Whole months from the monthly counts plus partial ones from the incidents must give the same
        // as counting the incidents: every start and end day of the first half of 2026, a week apart.
        for (LocalDate from = day(1, 1); from.isBefore(day(7, 1)); from = from.plusDays(7)) {
            for (LocalDate to = from; to.isBefore(day(8, 1)); to = to.plusDays(9)) {
                StatisticsFilter range = StatisticsFilter.range(from, to, null);
                List<Object[]> expected = db.rows("SELECT COUNT(*) FROM incident WHERE district_id = ? "
                        + "AND reported_date >= ? AND reported_date <= ?", List.of(districtD1,
                        java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)));
                long cases = ((Number) expected.get(0)[0]).longValue();
                assertEquals(cases, queries.total(StatisticsScope.district(districtD1), range), range.toString());
                assertEquals(cases, table(district(range), "byStatus").total().cell(0).asCount(), range.toString());
            }
        }
    }

    @Test
    void aSchoolSeesOnlyItsOwnIncidentsAndNoBreakdownByLevel() {
        List<StatTable> school = queries.dashboard(StatisticsScope.school(schoolS2), YEAR_2026);
        assertEquals(4L, table(school, "byType").total().cell(0).asCount());
        assertEquals(0, school.stream().filter(t -> t.id().equals("bySchoolLevel")).count());
    }

    @Test
    void theProvinceCountsOnlyConsentedIncidentsAndHidesSmallCounts() {
        // Consented and received in 2026 in province P: #1–#6 and #9 in D1 (7) and #10 in D2 (1): N = 8.
        // #11 is in another province.
        assertEquals(8L, queries.total(StatisticsScope.province(provinceP), YEAR_2026));
        List<StatTable> tables = queries.province(provinceP, YEAR_2026);
        // D2's 1 is "< 5"; shown beside N = 8, D1's 7 would give it away, so D1 is hidden as well.
        assertEquals("Huyện Hai < 5 | Huyện Một ẩn || 8", shown(table(tables, "byDistrict")));
        // Psychological #1 #5 #6, physical #2 #3 #9 #10, sexual #4: all 1–4; three cells adding up to 8 leave doubt.
        assertEquals("Hiếp dâm 0 | Tấn công tình dục < 5 | Bạo lực thể chất < 5 | Cưỡng ép kết hôn 0 | "
                + "Tước đoạt nguồn lực, cơ hội hoặc dịch vụ 0 | Bạo lực tinh thần, tâm lý < 5 | "
                + "Không phải bạo lực trên cơ sở giới 0 || 8", shown(table(tables, "byType")));
        assertEquals(12, table(tables, "byMonth").rows().size());
        StatTable ages = table(tables, "byAgeGroup");
        assertEquals(Cell.Kind.SMALL, ages.row("AgeGroup.AGE_0_11").cell(0).kind());
        assertEquals(Cell.Kind.SMALL, ages.row("AgeGroup.AGE_18_25").cell(0).kind());
        assertEquals(0, tables.stream().filter(t -> t.id().equals("bySchoolLevel")).count(),
                "never a breakdown by school level for the province");
    }

    @Test
    void theFirstYearIsTheEarliestYearACaseOfTheScopeWasReceived() {
        // #9 happened in 2025 but was received in 2026.
        assertEquals(2026, queries.firstYear(StatisticsScope.district(districtD1)));
        assertNull(queries.firstYear(StatisticsScope.school(-1)));
    }
}
