package vn.tincay.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.tincay.statistics.StatTable.ChartType;

/**
 * The Chart.js configuration (JSON) of a statistics table, for PrimeFaces' p:chart. PrimeFaces puts
 * it into its widget script (which carries the CSP nonce), so every string is escaped for both
 * JSON and an HTML script element. Suppressed cells are left out (null): a chart never draws a
 * number the table does not show.
 */
public final class ChartJson {

    /** Up to this many categories every label is drawn; months of a long period may skip some. */
    static final int MAX_LABELS_ALL_SHOWN = 8;

    private static final String[] COLOURS = {"#1d4e89", "#c2185b", "#2e7d32", "#b26a00"};

    private ChartJson() {
    }

    public static String of(StatTable table, ResourceBundle bundle, Locale locale) {
        List<String> labels = new ArrayList<>();
        for (StatRow row : table.rows()) {
            labels.add(row.label().in(bundle));
        }
        ChartType type = table.chart().type();
        List<Integer> columns = table.chart().columns();
        boolean counts = columns.stream().allMatch(c -> table.rows().stream()
                .noneMatch(r -> r.cell(c).kind() == Cell.Kind.DAYS || r.cell(c).kind() == Cell.Kind.PERCENT));
        StringBuilder json = new StringBuilder(512);
        json.append("{\"type\":").append(string(type == ChartType.LINE ? "line" : "bar"));
        json.append(",\"data\":{\"labels\":[");
        join(json, labels.stream().map(ChartJson::label).toList());
        json.append("],\"datasets\":[");
        List<String> datasets = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int column = columns.get(i);
            String colour = COLOURS[i % COLOURS.length];
            boolean line = table.chart().lineColumns().contains(column);
            Double constant = line ? constant(table, column) : null;
            List<String> data = new ArrayList<>();
            for (StatRow row : table.rows()) {
                Double value = row.cell(column).chartValue();
                data.add(number(value == null ? constant : value));
            }
            StringBuilder dataset = new StringBuilder("{\"label\":")
                    .append(string(text(bundle, table.columnKeys().get(column))))
                    .append(",\"data\":[");
            join(dataset, data);
            dataset.append("],\"backgroundColor\":").append(string(colour))
                    .append(",\"borderColor\":").append(string(colour));
            if (line) {
                dataset.append(",\"type\":\"line\",\"fill\":false,\"borderDash\":[6,4],\"pointRadius\":0,")
                        .append("\"order\":0");
            } else if (!table.chart().lineColumns().isEmpty()) {
                dataset.append(",\"order\":1");
            } else if (type == ChartType.LINE) {
                dataset.append(",\"fill\":false,\"tension\":0,\"pointRadius\":3");
            }
            datasets.add(dataset.append('}').toString());
        }
        join(json, datasets);
        String valueAxis = type == ChartType.HORIZONTAL_BAR ? "x" : "y";
        json.append("]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,")
                .append("\"locale\":").append(string("en".equals(locale.getLanguage()) ? "en-GB" : "vi-VN"));
        if (type == ChartType.HORIZONTAL_BAR) {
            json.append(",\"indexAxis\":\"y\"");
        }
        json.append(",\"plugins\":{\"legend\":{\"display\":").append(columns.size() > 1).append("}}")
                .append(",\"scales\":{").append(string(valueAxis)).append(":{\"beginAtZero\":true");
        if (counts) {
            json.append(",\"ticks\":{\"precision\":0}");
        }
        json.append('}');
        if (labels.size() <= MAX_LABELS_ALL_SHOWN) {
            // A few categories: every label is shown (wrapped), never skipped on a narrow screen.
            json.append(',').append(string(valueAxis.equals("x") ? "y" : "x")).append(":{\"ticks\":{\"autoSkip\":false}}");
        }
        json.append("}}}");
        return json.toString();
    }

    /**
     * A line column whose values are all the same (a target) is drawn across the whole chart, also
     * over the categories it does not apply to in the table.
     */
    private static Double constant(StatTable table, int column) {
        List<Double> values = table.rows().stream().map(r -> r.cell(column).chartValue())
                .filter(java.util.Objects::nonNull).distinct().toList();
        return values.size() == 1 ? values.get(0) : null;
    }

    private static String text(ResourceBundle bundle, String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private static void join(StringBuilder json, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(values.get(i));
        }
    }

    static String number(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "null";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString(value.longValue());
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Longest line of a category label; longer labels are wrapped so they fit on a phone. */
    static final int LABEL_LINE = 16;

    /** A category label: a string, or an array of lines (Chart.js draws each on its own line). */
    static String label(String text) {
        if (text.length() <= LABEL_LINE) {
            return string(text);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LABEL_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        StringBuilder array = new StringBuilder("[");
        join(array, lines.stream().map(ChartJson::string).toList());
        return array.append(']').toString();
    }

    /** A JSON string literal that is also safe inside an HTML script element. */
    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\'', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
