package vn.tincay.statistics;

import java.sql.Date;
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
 * the grouped rows – a few per category – and lays them out as tables. The SQL is the subset that
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
        Where where = Where.of(scope, filter);
        OnePass pass = onePass(where);
        List<StatTable> tables = new ArrayList<>();
        tables.add(countTable("byType", "stats.col.type", GbvType.values(), pass.byType, ChartType.HORIZONTAL_BAR));
        tables.add(monthTable(filter, pass.byMonth, false));
        if (scope.kind() == StatisticsScope.Kind.DISTRICT) {
            tables.add(countTable("bySchoolLevel", "stats.col.level", SchoolLevel.values(), pass.byLevel,
                    ChartType.BAR));
        }
        tables.add(countTable("byStatus", "stats.col.status", IncidentStatus.values(), pass.byStatus, ChartType.BAR));
        tables.add(timeToClose(pass));
        tables.add(referralOutcomes(where));
        tables.add(countTable("reportingDelay", "stats.col.delay", ReportingDelay.values(), pass.byDelay, ChartType.BAR)
                .withNote(Label.key("stats.note.reportingDelay")));
        return tables;
    }

    /** The counts every dashboard table is made of, from one grouped reading of the period's incidents. */
    private static final class OnePass {
        final Map<GbvType, Long> byType = new EnumMap<>(GbvType.class);
        final Map<IncidentStatus, Long> byStatus = new EnumMap<>(IncidentStatus.class);
        final Map<SchoolLevel, Long> byLevel = new EnumMap<>(SchoolLevel.class);
        final Map<YearMonth, Long> byMonth = new HashMap<>();
        final Map<ReportingDelay, Long> byDelay = new EnumMap<>(ReportingDelay.class);
        final Map<GbvType, CloseTimes> closeTimes = new EnumMap<>(GbvType.class);
        final Map<GbvType, long[]> closeDaySums = new EnumMap<>(GbvType.class);
    }

    /**
     * One statement instead of one per table: the period's incidents grouped by every dimension the
     * dashboard shows at once – type, status, month, school level, days to close, reporting delay –
     * read from the statistics index by date received (V43); Java adds the groups up per table.
     */
    private OnePass onePass(Where where) {
        OnePass pass = new OnePass();
        String closed = "CASE WHEN i.status = 'CLOSED' AND i.closed_at IS NOT NULL THEN " + CLOSE_DAYS + " END";
        String sql = "SELECT x.gbv_type, x.status, x.y, x.m, x.school_level, x.close_days, x.delay_bucket, COUNT(*) "
                + "FROM (SELECT i.gbv_type AS gbv_type, i.status AS status, YEAR(" + COUNTED_DATE + ") AS y, "
                + "MONTH(" + COUNTED_DATE + ") AS m, s.level AS school_level, " + closed + " AS close_days, "
                + ReportingDelay.sqlCase(REPORTING_DAYS) + " AS delay_bucket FROM incident i "
                + "JOIN school s ON s.id = i.school_id" + where.sql() + ") x "
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
                long days = number(row[5]).longValue();
                pass.closeTimes.computeIfAbsent(type, t -> new CloseTimes()).add(days, cases);
                long[] sums = pass.closeDaySums.computeIfAbsent(type, t -> new long[2]);
                sums[0] += days * cases;
                sums[1] += cases;
            }
        }
        return pass;
    }

    /**
     * The province's anonymous statistics: only incidents with consent to non-identifying
     * statistics, by district, type, month and survivor age group; small counts suppressed by
     * {@link SmallCounts}; never by school or school level.
     */
    public List<StatTable> province(long provinceId, StatisticsFilter filter) {
        StatisticsScope scope = StatisticsScope.province(provinceId);
        Where where = Where.of(scope, filter.withoutLevel());
        List<StatTable> tables = new ArrayList<>();
        tables.add(anonymous(districtTable(provinceId, filter)));
        tables.add(anonymous(countTable("byType", "stats.col.type", GbvType.values(),
                countsBy(where, "i.gbv_type", GbvType::valueOf), ChartType.HORIZONTAL_BAR)));
        tables.add(anonymous(monthTable(filter, countsByMonth(where), true)));
        tables.add(anonymous(countTable("byAgeGroup", "stats.col.ageGroup", AgeGroup.values(),
                countsBy(where, "i.survivor_age_group", AgeGroup::valueOf), ChartType.BAR)));
        return tables;
    }

    /** The number of incidents in scope (before suppression). */
    public long total(StatisticsScope scope, StatisticsFilter filter) {
        Where where = Where.of(scope, scope.isAnonymous() ? filter.withoutLevel() : filter);
        List<Object[]> result = rows.query("SELECT COUNT(*) FROM incident i" + where.sql(), where.parameters());
        return number(result.get(0)[0]).longValue();
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

    private <E extends Enum<E>> Map<E, Long> countsBy(Where where, String column, Function<String, E> parse) {
        Map<E, Long> counts = new HashMap<>();
        for (Object[] row : rows.query("SELECT " + column + ", COUNT(*) FROM incident i" + where.sql()
                + " GROUP BY " + column, where.parameters())) {
            counts.put(parse.apply((String) row[0]), number(row[1]).longValue());
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

    private StatTable districtTable(long provinceId, StatisticsFilter filter) {
        List<Object> parameters = List.of(Date.valueOf(filter.from()), Date.valueOf(filter.to()), provinceId);
        List<StatRow> table = new ArrayList<>();
        long total = 0;
        for (Object[] row : rows.query("SELECT d.id, d.name, COUNT(i.id) FROM district d LEFT JOIN incident i "
                + "ON i.district_id = d.id AND i.consent_statistics = 1 AND " + COUNTED_DATE + " >= ? "
                + "AND " + COUNTED_DATE + " <= ? WHERE d.province_id = ? GROUP BY d.id, d.name ORDER BY d.name, d.id",
                parameters)) {
            long count = number(row[2]).longValue();
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

    private StatTable timeToClose(OnePass pass) {
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

    private StatTable referralOutcomes(Where where) {
        Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
        for (Object[] row : rows.query("SELECT r.status, COUNT(*) FROM referral r JOIN incident i ON i.id = r.incident_id"
                + where.sql() + " GROUP BY r.status", where.parameters())) {
            counts.put(ReferralStatus.valueOf((String) row[0]), number(row[1]).longValue());
        }
        StatTable table = countTable("referrals", "stats.col.referralStatus", ReferralStatus.values(), counts,
                ChartType.BAR);
        return new StatTable(table.id(), table.titleKey(), table.labelKey(), List.of("stats.col.referrals"),
                table.rows(), table.total(), List.of(), table.chart());
    }

    private static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }
}
