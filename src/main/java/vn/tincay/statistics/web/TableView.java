package vn.tincay.statistics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.tincay.statistics.Cell;
import vn.tincay.statistics.ChartJson;
import vn.tincay.statistics.StatFormat;
import vn.tincay.statistics.StatRow;
import vn.tincay.statistics.StatTable;

/**
 * A statistics table as the page shows it, in the reader's language: its chart's JSON and the same
 * numbers as an accessible table. Built once per request; the getters only return. (A class with
 * getters rather than a record: Faces 4.0's EL does not read record components.)
 */
public final class TableView {

    private final String key;
    private final String title;
    private final String labelHeader;
    private final List<String> columnHeaders;
    private final List<RowView> rows;
    private final RowView total;
    private final List<String> notes;
    private final String chartJson;
    private final String chartSize;

    private TableView(StatTable table, ResourceBundle bundle, Locale locale) {
        StatFormat format = new StatFormat(locale, bundle);
        this.key = Character.toUpperCase(table.id().charAt(0)) + table.id().substring(1);
        this.title = format.text(table.titleKey());
        this.labelHeader = format.text(table.labelKey());
        this.columnHeaders = table.columnKeys().stream().map(format::text).toList();
        List<RowView> views = new ArrayList<>();
        for (StatRow row : table.rows()) {
            views.add(new RowView(row, bundle, format));
        }
        this.rows = List.copyOf(views);
        this.total = table.total() == null ? null : new RowView(table.total(), bundle, format);
        this.notes = table.notes().stream().map(n -> n.in(bundle)).toList();
        this.chartJson = ChartJson.of(table, bundle, locale);
        boolean horizontal = table.chart().type() == StatTable.ChartType.HORIZONTAL_BAR;
        int bars = table.rows().size() * table.chart().columns().size();
        this.chartSize = !horizontal || bars <= 6 ? "tc-chart-s" : bars <= 12 ? "tc-chart-m" : "tc-chart-l";
    }

    public static TableView of(StatTable table, ResourceBundle bundle, Locale locale) {
        return new TableView(table, bundle, locale);
    }

    /** Ids of the page's elements: "ByType" gives statsByType, chartByType and tableByType. */
    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public String getLabelHeader() {
        return labelHeader;
    }

    public List<String> getColumnHeaders() {
        return columnHeaders;
    }

    public List<RowView> getRows() {
        return rows;
    }

    public RowView getTotal() {
        return total;
    }

    public List<String> getNotes() {
        return notes;
    }

    public String getChartJson() {
        return chartJson;
    }

    /** CSS class giving the chart's height (a horizontal bar chart grows with its bars). */
    public String getChartSize() {
        return chartSize;
    }

    /** A row: its label and its cells as text. */
    public static final class RowView {

        private final String label;
        private final List<String> cells;

        RowView(StatRow row, ResourceBundle bundle, StatFormat format) {
            this.label = row.label().in(bundle);
            List<String> texts = new ArrayList<>();
            for (Cell cell : row.cells()) {
                texts.add(format.cell(cell));
            }
            this.cells = List.copyOf(texts);
        }

        public String getLabel() {
            return label;
        }

        public List<String> getCells() {
            return cells;
        }
    }
}
