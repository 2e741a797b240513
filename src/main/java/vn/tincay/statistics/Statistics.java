package vn.tincay.statistics;

import java.util.List;

/**
 * The statistics of one scope and period: the tables in display order, each the source of a chart,
 * an accessible table and an XLSX sheet.
 *
 * @param kind     whose statistics (school, district, or the province's anonymous ones)
 * @param unitName the school's, district's or province's name
 * @param total    the number of incidents counted ("&lt; 5" in anonymous statistics when 1–4)
 */
public record Statistics(StatisticsScope.Kind kind, String unitName, StatisticsFilter filter, Cell total,
                         List<StatTable> tables) {

    public Statistics {
        tables = List.copyOf(tables);
    }

    public StatTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table " + id));
    }

    public boolean isAnonymous() {
        return kind == StatisticsScope.Kind.PROVINCE;
    }

    public Statistics with(List<StatTable> more) {
        List<StatTable> all = new java.util.ArrayList<>(tables);
        all.addAll(more);
        return new Statistics(kind, unitName, filter, total, all);
    }
}
