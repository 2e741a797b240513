package vn.tincay.statistics;

import java.util.List;

/**
 * A statistics table, the single source of a chart, the accessible table under it and a sheet of
 * the XLSX export.
 *
 * @param id          stable id, used in element ids ("byType" gives chartByType and tableByType)
 * @param titleKey    bundle key of the title
 * @param labelKey    bundle key of the first (label) column's header
 * @param columnKeys  bundle keys of the value columns' headers
 * @param rows        the rows in display order
 * @param total       the total row, or null when the table has none
 * @param notes       notes printed under the table (suppression rule, what is counted)
 * @param chart       how the chart draws it
 */
public record StatTable(String id, String titleKey, String labelKey, List<String> columnKeys, List<StatRow> rows,
                        StatRow total, List<Label> notes, ChartSpec chart) {

    /** Notes from bundle keys. */
    public static List<Label> notes(String... keys) {
        return java.util.Arrays.stream(keys).map(Label::key).toList();
    }

    /**
     * @param type        the kind of chart
     * @param columns     the value columns drawn, one data set each
     * @param lineColumns those of the columns drawn as (dashed) lines over the bars, e.g. a target
     */
    public record ChartSpec(ChartType type, List<Integer> columns, List<Integer> lineColumns) {

        public ChartSpec {
            columns = List.copyOf(columns);
            lineColumns = List.copyOf(lineColumns);
        }

        public static ChartSpec of(ChartType type, Integer... columns) {
            return new ChartSpec(type, List.of(columns), List.of());
        }

        public ChartSpec withLines(Integer... lines) {
            return new ChartSpec(type, columns, List.of(lines));
        }
    }

    public enum ChartType {
        BAR, HORIZONTAL_BAR, LINE
    }

    public StatTable {
        columnKeys = List.copyOf(columnKeys);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    public StatTable withNote(Label note) {
        List<Label> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new StatTable(id, titleKey, labelKey, columnKeys, rows, total, more, chart);
    }

    /** The row with this label key, for tests and summaries. */
    public StatRow row(String labelKeyOrText) {
        return rows.stream()
                .filter(r -> labelKeyOrText.equals(r.label().key()) || labelKeyOrText.equals(r.label().text()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No row " + labelKeyOrText + " in " + id));
    }
}
