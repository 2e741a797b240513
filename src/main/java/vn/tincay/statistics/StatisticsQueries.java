package vn.tincay.statistics;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.tincay.followup.ReferralStatus;
import vn.tincay.incident.AgeGroup;
import vn.tincay.incident.GbvType;
import vn.tincay.incident.IncidentStatus;
import vn.tincay.organisation.SchoolLevel;
import vn.tincay.statistics.StatTable.ChartSpec;
import vn.tincay.statistics.StatTable.ChartType;

/**
 * The statistics queries. The database does all counting and averaging (GROUP BY); Java only reads
 * the grouped rows – a few per category – and lays them out as tables. Whole months come from the
 * monthly counts ({@code case_month_count}, V53, kept by {@link MonthlyCounts}), so a year costs the
 * same at a thousand cases as at a million; the days of a partial month at either end of a date range
 * are counted from the incidents. The SQL is the subset that
 * MySQL, MariaDB and H2 in MySQL mode share: YEAR()/MONTH() rather than DATE_FORMAT, TIMESTAMPDIFF
 * and TIMESTAMPADD for day counts. Plain SQL so that the same queries run in the server (through
 * the entity manager) and in tests (through JDBC) against both databases.
 */
public class StatisticsQueries {

    /** Runs a native query with positional ("?") parameters and returns its rows. */
    @FunctionalInterface
    public interface Rows {
        List<Object[]> query(String sql, List<Object> parameters);
    }

    /** Vietnam has had no daylight saving time since 1975: local time is UTC+7 all year. */
    static final int UTC_OFFSET_HOURS = 7;

    static final String COUNT_COLUMN = "stats.col.incidents";

    /** Days from the report to the closing day (closed_at is UTC; the day is Vietnam's). */
    static final String CLOSE_DAYS = "TIMESTAMPDIFF(DAY, i.reported_date, CAST(TIMESTAMPADD(HOUR, "
            + UTC_OFFSET_HOURS + ", i.closed_at) AS DATE))";

    /**
     * The one counting rule of the product: a case belongs to the period in which it was received
     * (date reported), on this page as in the periodic reports, so the same period gives the same number.
     */
    static final String COUNTED_DATE = "i.reported_date";
    static final String REPORTING_DAYS = "TIMESTAMPDIFF(DAY, i.incident_date, i.reported_date)";

    private final Rows rows;

    public StatisticsQueries(Rows rows) {
        this.rows = rows;
    }

    /** The conditions of the scope and filter, on incident alias "i". */
    record Where(String sql, List<Object> parameters) {

        static Where of(StatisticsScope scope, StatisticsFilter filter) {
            List<Object> parameters = new ArrayList<>();
            StringBuilder sql = new StringBuilder(" WHERE ").append(scope.condition(parameters))
                    .append(" AND " + COUNTED_DATE + " >= ? AND " + COUNTED_DATE + " <= ?");
            parameters.add(Date.valueOf(filter.from()));
            parameters.add(Date.valueOf(filter.to()));
            if (filter.level() != null && !scope.isAnonymous()) {
                sql.append(" AND i.school_id IN (SELECT ls.id FROM school ls WHERE ls.level = ?)");
                parameters.add(filter.level().name());
            }
            return new Where(sql.toString(), List.copyOf(parameters));
        }

        Where and(String condition) {
            return new Where(sql + " AND " + condition, parameters);
        }
    }

    /** The dashboard of a school or district (not anonymised: they follow these cases up). */
    public List<StatTable> dashboard(StatisticsScope scope, StatisticsFilter filter) {
        if (scope.isAnonymous()) {
            throw new IllegalArgumentException("Province statistics are anonymous: use province()");
        }
        Counts pass = new Counts();
        Period period = Period.of(filter);
        if (period.hasMonths()) {
            readMonths(scope, filter.level(), period, pass);
        }
        for (StatisticsFilter edge : period.edges()) {
            Where where = Where.of(scope, edge);
            onePass(where, pass);
            referralOutcomes(where, pass.byReferral);
        }
        List<StatTable> tables = new ArrayList<>();
        tables.add(countTable("byType", "stats.col.type", GbvType.values(), pass.byType, ChartType.HORIZONTAL_BAR));
        tables.add(monthTable(filter, pass.byMonth, false));
        if (scope.kind() == StatisticsScope.Kind.DISTRICT) {
            tables.add(countTable("bySchoolLevel", "stats.col.level", SchoolLevel.values(), pass.byLevel,
                    ChartType.BAR));
        }
        tables.add(countTable("byStatus", "stats.col.status", IncidentStatus.values(), pass.byStatus, ChartType.BAR));
        tables.add(timeToClose(pass));
        tables.add(referralTable(pass.byReferral));
        tables.add(countTable("reportingDelay", "stats.col.delay", ReportingDelay.values(), pass.byDelay, ChartType.BAR)
                .withNote(Label.key("stats.note.reportingDelay")));
        return tables;
    }

    /**
     * A period split into the whole months it covers, read from the monthly counts ({@code case_month_count},
     * V53), and the days before and after them, read from the incidents: a year is twelve whole months; 15/03
     * to 10/05 is April, 15–31/03 and 1–10/05.
     *
     * @param firstMonth the first day of the first whole month, or null when there is none
     * @param lastMonth  the first day of the last whole month, or null when there is none
     * @param edges      the partial months at either end, as filters of the same level
     */
    record Period(LocalDate firstMonth, LocalDate lastMonth, List<StatisticsFilter> edges) {

        static Period of(StatisticsFilter filter) {
            LocalDate from = filter.from();
            LocalDate to = filter.to();
            LocalDate wholeFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate wholeTo = to.getDayOfMonth() == to.lengthOfMonth() ? to : to.withDayOfMonth(1).minusDays(1);
            if (wholeFrom.isAfter(wholeTo)) {
                return new Period(null, null, List.of(filter));
            }
            List<StatisticsFilter> edges = new ArrayList<>(2);
            if (from.isBefore(wholeFrom)) {
                edges.add(StatisticsFilter.range(from, wholeFrom.minusDays(1), filter.level()));
            }
            if (wholeTo.isBefore(to)) {
                edges.add(StatisticsFilter.range(wholeTo.plusDays(1), to, filter.level()));
            }
            return new Period(wholeFrom, wholeTo.withDayOfMonth(1), List.copyOf(edges));
        }

        boolean hasMonths() {
            return firstMonth != null;
        }
    }

    /** The counts every table is made of, added up from the monthly counts and the edges' incidents. */
    private static final class Counts {
        final Map<GbvType, Long> byType = new EnumMap<>(GbvType.class);
        final Map<IncidentStatus, Long> byStatus = new EnumMap<>(IncidentStatus.class);
        final Map<SchoolLevel, Long> byLevel = new EnumMap<>(SchoolLevel.class);
        final Map<YearMonth, Long> byMonth = new HashMap<>();
        final Map<ReportingDelay, Long> byDelay = new EnumMap<>(ReportingDelay.class);
        final Map<AgeGroup, Long> byAge = new EnumMap<>(AgeGroup.class);
        final Map<Long, Long> byDistrict = new HashMap<>();
        final Map<ReferralStatus, Long> byReferral = new EnumMap<>(ReferralStatus.class);
        final Map<GbvType, CloseTimes> closeTimes = new EnumMap<>(GbvType.class);
        final Map<GbvType, long[]> closeDaySums = new EnumMap<>(GbvType.class);

        void closed(GbvType type, long days, long cases) {
            closeTimes.computeIfAbsent(type, t -> new CloseTimes()).add(days, cases);
            long[] sums = closeDaySums.computeIfAbsent(type, t -> new long[2]);
            sums[0] += days * cases;
            sums[1] += cases;
        }
    }

    /**
     * The whole months of the period from the monthly counts, in three statements that each read one range
     * of the table's key per dimension: the cases by type, also split by month, school level and district
     * (the tables by month, level and district add them up); the closed cases by type and days to close
     * (the district's own rows for a whole district); and the other dimensions by category.
     */
    private void readMonths(StatisticsScope scope, SchoolLevel level, Period period, Counts counts) {
        // The school's level through a subquery per row: a join made MariaDB start from the schools and sort.
        String byType = "SELECT a.category, a.month_received, (SELECT s.level FROM school s WHERE s.id = a.school_id) "
                + "AS lvl, a.district_id, SUM(a.cases) FROM case_month_count a";
        for (Object[] row : monthRows(byType, "= 'TYPE'", "a.category, a.month_received, lvl, a.district_id",
                scope, level, period)) {
            long cases = number(row[4]).longValue();
            counts.byType.merge(GbvType.valueOf((String) row[0]), cases, Long::sum);
            counts.byMonth.merge(YearMonth.from(localDate(row[1])), cases, Long::sum);
            counts.byLevel.merge(SchoolLevel.valueOf((String) row[2]), cases, Long::sum);
            counts.byDistrict.merge(number(row[3]).longValue(), cases, Long::sum);
        }
        if (scope.isAnonymous()) {
            // The province sees cases by type, month, district and age group only.
            for (Object[] row : monthRows("SELECT a.category, SUM(a.cases) FROM case_month_count a", "= 'AGE'",
                    "a.category", scope, null, period)) {
                counts.byAge.merge(AgeGroup.valueOf((String) row[0]), number(row[1]).longValue(), Long::sum);
            }
            return;
        }
        // A district's closed cases of all its schools are counted in rows of their own, a few per day.
        boolean wholeDistrict = scope.kind() == StatisticsScope.Kind.DISTRICT && level == null;
        for (Object[] row : monthRows("SELECT a.category, a.days, SUM(a.cases) FROM case_month_count a",
                wholeDistrict ? "= 'DISTRICT_CLOSED'" : "= 'CLOSED'", "a.category, a.days", scope, level, period)) {
            counts.closed(GbvType.valueOf((String) row[0]), number(row[1]).longValue(), number(row[2]).longValue());
        }
        for (Object[] row : monthRows("SELECT a.dimension, a.category, SUM(a.cases) FROM case_month_count a",
                "IN ('STATUS', 'DELAY', 'REFERRAL')", "a.dimension, a.category", scope, level, period)) {
            String category = (String) row[1];
            long cases = number(row[2]).longValue();
            switch (MonthCount.Dimension.valueOf((String) row[0])) {
                case STATUS -> counts.byStatus.merge(IncidentStatus.valueOf(category), cases, Long::sum);
                case DELAY -> counts.byDelay.merge(ReportingDelay.valueOf(category), cases, Long::sum);
                case REFERRAL -> counts.byReferral.merge(ReferralStatus.valueOf(category), cases, Long::sum);
                default -> throw new IllegalStateException("Unexpected dimension " + row[0]);
            }
        }
    }

    /** The scope's rows of some dimensions over the period's whole months, summed by {@code groups}. */
    private List<Object[]> monthRows(String select, String dimensions, String groups, StatisticsScope scope,
                                     SchoolLevel level, Period period) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(select).append(" WHERE ").append(scope.countsCondition(parameters))
                .append(" AND a.dimension ").append(dimensions)
                .append(" AND a.month_received >= ? AND a.month_received <= ?");
        parameters.add(Date.valueOf(period.firstMonth()));
        parameters.add(Date.valueOf(period.lastMonth()));
        if (level != null && !scope.isAnonymous()) {
            sql.append(" AND a.school_id IN (SELECT ls.id FROM school ls WHERE ls.level = ?)");
            parameters.add(level.name());
        }
        return rows.query(sql.append(" GROUP BY ").append(groups).toString(), List.copyOf(parameters));
    }

    /**
     * The days of a partial month from the incidents: one statement groups them by every dimension the
     * dashboard shows at once – type, status, month, school level, days to close, reporting delay – read
     * from the statistics index by date received (V43); Java adds the groups up per table. The school's level is
     * looked up per case rather than joined: joined, MariaDB started from the district's schools and read each one's
     * entries of V75's index (school, status, …) for the dates, every case of the district (200 ms at 1,000,000).
     */
    private void onePass(Where where, Counts pass) {
        String closed = "CASE WHEN i.status = 'CLOSED' AND i.closed_at IS NOT NULL THEN " + CLOSE_DAYS + " END";
        String sql = "SELECT x.gbv_type, x.status, x.y, x.m, x.school_level, x.close_days, x.delay_bucket, COUNT(*) "
                + "FROM (SELECT i.gbv_type AS gbv_type, i.status AS status, YEAR(" + COUNTED_DATE + ") AS y, "
                + "MONTH(" + COUNTED_DATE + ") AS m, (SELECT s.level FROM school s WHERE s.id = i.school_id) AS "
                + "school_level, " + closed + " AS close_days, " + ReportingDelay.sqlCase(REPORTING_DAYS)
                + " AS delay_bucket FROM incident i" + where.sql() + ") x "
                + "GROUP BY x.gbv_type, x.status, x.y, x.m, x.school_level, x.close_days, x.delay_bucket";
        for (Object[] row : rows.query(sql, where.parameters())) {
            GbvType type = GbvType.valueOf((String) row[0]);
            long cases = number(row[7]).longValue();
            pass.byType.merge(type, cases, Long::sum);
            pass.byStatus.merge(IncidentStatus.valueOf((String) row[1]), cases, Long::sum);
            pass.byMonth.merge(YearMonth.of(number(row[2]).intValue(), number(row[3]).intValue()), cases, Long::sum);
            pass.byLevel.merge(SchoolLevel.valueOf((String) row[4]), cases, Long::sum);
            pass.byDelay.merge(ReportingDelay.valueOf((String) row[6]), cases, Long::sum);
            if (row[5] != null) {
                pass.closed(type, number(row[5]).longValue(), cases);
            }
        }
    }

    /**
     * The province's anonymous statistics: only incidents with consent to non-identifying
     * statistics, by district, type, month and survivor age group; small counts suppressed by
     * {@link SmallCounts}; never by school or school level.
     */
    public List<StatTable> province(long provinceId, StatisticsFilter filter) {
        StatisticsScope scope = StatisticsScope.province(provinceId);
        StatisticsFilter anyLevel = filter.withoutLevel();
        Counts counts = new Counts();
        Period period = Period.of(anyLevel);
        if (period.hasMonths()) {
            readMonths(scope, null, period, counts);
        }
        for (StatisticsFilter edge : period.edges()) {
            Where where = Where.of(scope, edge);
            add(counts.byType, countsBy(where, "i.gbv_type", GbvType::valueOf));
            add(counts.byMonth, countsByMonth(where));
            add(counts.byAge, countsBy(where, "i.survivor_age_group", AgeGroup::valueOf));
            add(counts.byDistrict, countsBy(where, "i.district_id", Long::valueOf));
        }
        List<StatTable> tables = new ArrayList<>();
        tables.add(anonymous(districtTable(provinceId, counts.byDistrict)));
        tables.add(anonymous(countTable("byType", "stats.col.type", GbvType.values(), counts.byType,
                ChartType.HORIZONTAL_BAR)));
        tables.add(anonymous(monthTable(filter, counts.byMonth, true)));
        tables.add(anonymous(countTable("byAgeGroup", "stats.col.ageGroup", AgeGroup.values(), counts.byAge,
                ChartType.BAR)));
        return tables;
    }

    private static <K> void add(Map<K, Long> counts, Map<K, Long> more) {
        more.forEach((key, count) -> counts.merge(key, count, Long::sum));
    }

    /** The number of incidents in scope (before suppression): the whole months' counts plus the edges'. */
    public long total(StatisticsScope scope, StatisticsFilter filter) {
        StatisticsFilter applied = scope.isAnonymous() ? filter.withoutLevel() : filter;
        Period period = Period.of(applied);
        long total = 0;
        if (period.hasMonths()) {
            for (Object[] row : monthRows("SELECT a.dimension, SUM(a.cases) FROM case_month_count a", "= 'TYPE'",
                    "a.dimension", scope, applied.level(), period)) {
                total += number(row[1]).longValue();
            }
        }
        for (StatisticsFilter edge : period.edges()) {
            Where where = Where.of(scope, edge);
            total += number(rows.query("SELECT COUNT(*) FROM incident i" + where.sql(), where.parameters())
                    .get(0)[0]).longValue();
        }
        return total;
    }

    /** The earliest incident year in scope, for the year filter; null without incidents. */
    public Integer firstYear(StatisticsScope scope) {
        List<Object> parameters = new ArrayList<>();
        String condition = scope.condition(parameters);
        // MIN of the indexed date: one look at the start of the scope's index range.
        List<Object[]> result = rows.query("SELECT YEAR(MIN(" + COUNTED_DATE + ")) FROM incident i WHERE "
                + condition, parameters);
        Object first = result.isEmpty() ? null : result.get(0)[0];
        return first == null ? null : number(first).intValue();
    }

    private <K> Map<K, Long> countsBy(Where where, String column, Function<String, K> parse) {
        Map<K, Long> counts = new HashMap<>();
        for (Object[] row : rows.query("SELECT " + column + ", COUNT(*) FROM incident i" + where.sql()
                + " GROUP BY " + column, where.parameters())) {
            counts.put(parse.apply(String.valueOf(row[0])), number(row[1]).longValue());
        }
        return counts;
    }

    private Map<YearMonth, Long> countsByMonth(Where where) {
        Map<YearMonth, Long> counts = new HashMap<>();
        for (Object[] row : rows.query("SELECT YEAR(" + COUNTED_DATE + "), MONTH(" + COUNTED_DATE + "), COUNT(*) FROM incident i"
                + where.sql() + " GROUP BY YEAR(" + COUNTED_DATE + "), MONTH(" + COUNTED_DATE + ")", where.parameters())) {
            counts.put(YearMonth.of(number(row[0]).intValue(), number(row[1]).intValue()), number(row[2]).longValue());
        }
        return counts;
    }

    private <E extends Enum<E>> StatTable countTable(String id, String labelKey, E[] categories, Map<E, Long> counts,
                                                     ChartType chart) {
        List<StatRow> table = new ArrayList<>();
        long total = 0;
        for (E category : categories) {
            long count = counts.getOrDefault(category, 0L);
            total += count;
            table.add(StatRow.of(label(category), Cell.count(count)));
        }
        return new StatTable(id, "stats." + id + ".title", labelKey, List.of(COUNT_COLUMN), table,
                StatRow.of(Label.key("stats.total"), Cell.count(total)), List.of(), ChartSpec.of(chart, 0));
    }

    private static Label label(Enum<?> category) {
        return category instanceof ReportingDelay ? Label.key("stats.delay." + category.name()) : Label.of(category);
    }

    private StatTable monthTable(StatisticsFilter filter, Map<YearMonth, Long> counts, boolean anonymous) {
        List<StatRow> table = new ArrayList<>();
        long total = 0;
        for (MonthSeries.MonthCount month : MonthSeries.fill(filter.from(), filter.to(), counts)) {
            total += month.count();
            table.add(StatRow.of(Label.text(String.format("%02d/%d", month.month().getMonthValue(),
                    month.month().getYear())), Cell.count(month.count())));
        }
        return new StatTable("byMonth", "stats.byMonth.title", "stats.col.month", List.of(COUNT_COLUMN), table,
                StatRow.of(Label.key("stats.total"), Cell.count(total)), List.of(),
                ChartSpec.of(anonymous ? ChartType.BAR : ChartType.LINE, 0));
    }

    /** Every district of the province, by name, with its count (zero when it has none). */
    private StatTable districtTable(long provinceId, Map<Long, Long> counts) {
        List<StatRow> table = new ArrayList<>();
        long total = 0;
        for (Object[] row : rows.query("SELECT d.id, d.name FROM district d WHERE d.province_id = ? "
                + "ORDER BY d.name, d.id", List.of(provinceId))) {
            long count = counts.getOrDefault(number(row[0]).longValue(), 0L);
            total += count;
            table.add(StatRow.of(Label.text((String) row[1]), Cell.count(count)));
        }
        return new StatTable("byDistrict", "stats.byDistrict.title", "stats.col.district", List.of(COUNT_COLUMN),
                table, StatRow.of(Label.key("stats.total"), Cell.count(total)), List.of(),
                ChartSpec.of(ChartType.HORIZONTAL_BAR, 0));
    }

    /** Applies the disclosure rule to a one-column count table. */
    static StatTable anonymous(StatTable table) {
        List<Long> counts = table.rows().stream().map(r -> r.cell(0).asCount()).toList();
        List<Cell> cells = SmallCounts.protect(counts);
        List<StatRow> protectedRows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            protectedRows.add(StatRow.of(table.rows().get(i).label(), cells.get(i)));
        }
        long total = counts.stream().mapToLong(Long::longValue).sum();
        List<Label> notes = new ArrayList<>(StatTable.notes("stats.note.smallCounts"));
        if (cells.stream().anyMatch(c -> c.kind() == Cell.Kind.HIDDEN)) {
            notes.add(Label.key(SmallCounts.isWithheld(cells) ? "stats.note.withheld" : "stats.note.hidden"));
        }
        if (cells.stream().anyMatch(c -> c.kind() == Cell.Kind.HIDDEN || c.kind() == Cell.Kind.SMALL)) {
            notes.add(Label.key("stats.note.notDrawn"));
        }
        return new StatTable(table.id(), table.titleKey(), table.labelKey(), table.columnKeys(), protectedRows,
                StatRow.of(table.total().label(), SmallCounts.total(total)), notes, table.chart());
    }

    private StatTable timeToClose(Counts pass) {
        CloseTimes all = new CloseTimes();
        long allDays = 0;
        long allCases = 0;
        List<StatRow> table = new ArrayList<>();
        for (GbvType type : GbvType.values()) {
            CloseTimes times = pass.closeTimes.getOrDefault(type, new CloseTimes());
            long[] sums = pass.closeDaySums.get(type);
            Double average = sums == null || sums[1] == 0 ? null : (double) sums[0] / sums[1];
            if (sums != null) {
                allDays += sums[0];
                allCases += sums[1];
            }
            times.forEach(all::add);
            table.add(StatRow.of(Label.of(type), Cell.count(times.cases()), Cell.days(average),
                    Cell.days(times.median())));
        }
        return new StatTable("timeToClose", "stats.timeToClose.title", "stats.col.type",
                List.of("stats.col.closedCases", "stats.col.averageDays", "stats.col.medianDays"), table,
                StatRow.of(Label.key("stats.allClosed"), Cell.count(all.cases()),
                        Cell.days(allCases == 0 ? null : (double) allDays / allCases), Cell.days(all.median())),
                StatTable.notes("stats.note.timeToClose"), ChartSpec.of(ChartType.HORIZONTAL_BAR, 1, 2));
    }

    /** The referrals of the edge's incidents, by status, added to {@code counts}. */
    private void referralOutcomes(Where where, Map<ReferralStatus, Long> counts) {
        for (Object[] row : rows.query("SELECT r.status, COUNT(*) FROM referral r JOIN incident i ON i.id = r.incident_id"
                + where.sql() + " GROUP BY r.status", where.parameters())) {
            counts.merge(ReferralStatus.valueOf((String) row[0]), number(row[1]).longValue(), Long::sum);
        }
    }

    private StatTable referralTable(Map<ReferralStatus, Long> counts) {
        StatTable table = countTable("referrals", "stats.col.referralStatus", ReferralStatus.values(), counts,
                ChartType.BAR);
        return new StatTable(table.id(), table.titleKey(), table.labelKey(), List.of("stats.col.referrals"),
                table.rows(), table.total(), List.of(), table.chart());
    }

    /** A DATE column as the driver gives it (java.sql.Date or LocalDate). */
    private static LocalDate localDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    private static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }
}
