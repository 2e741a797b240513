package vn.tincay.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The statistics tables as an XLSX workbook, written with POI's streaming SXSSF (rows are flushed to
 * disk as they are written). A sheet "information" with the scope, period and rules, then one sheet
 * per table, exactly as the page shows it: suppressed cells are the text "&lt; 5" or "hidden", never
 * their number. Every text is a string cell, and a text that a spreadsheet could take for a
 * formula gets a leading apostrophe ({@link #safeText}).
 */
public final class StatisticsWorkbook {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final int ROWS_IN_MEMORY = 100;

    private StatisticsWorkbook() {
    }

    /**
     * Neutralises spreadsheet formula injection: a text starting with = + - @ TAB or CR is
     * prefixed with an apostrophe, so neither this workbook nor a copy or CSV made from it turns it
     * into a formula (for example =HYPERLINK(...) in a school's name).
     */
    public static String safeText(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    public static void write(Statistics statistics, ResourceBundle bundle, Locale locale, LocalDateTime generatedAt,
                             OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        try {
            Styles styles = new Styles(workbook);
            StatFormat format = new StatFormat(locale, bundle);
            Set<String> sheetNames = new HashSet<>();
            writeInformation(workbook, sheetName(bundle.getString("stats.xlsx.info"), sheetNames), statistics, bundle,
                    format, generatedAt, styles);
            for (StatTable table : statistics.tables()) {
                writeTable(workbook, sheetName(text(bundle, "stats." + table.id() + ".sheet"), sheetNames), table,
                        bundle, styles);
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void writeInformation(SXSSFWorkbook workbook, String name, Statistics statistics,
                                         ResourceBundle bundle, StatFormat format, LocalDateTime generatedAt,
                                         Styles styles) {
        SXSSFSheet sheet = workbook.createSheet(name);
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        int r = 0;
        text(sheet.createRow(r++), 0, bundle.getString(statistics.isAnonymous() ? "stats.province.title"
                : "stats.title"), styles.title);
        r++;
        pair(sheet.createRow(r++), bundle.getString("stats.xlsx.unit"), statistics.unitName(), styles);
        StatisticsFilter filter = statistics.filter();
        pair(sheet.createRow(r++), bundle.getString("stats.filter.period"),
                StatisticsFilter.format(filter.from()) + " – " + StatisticsFilter.format(filter.to()), styles);
        if (!statistics.isAnonymous() && statistics.kind() == StatisticsScope.Kind.DISTRICT) {
            pair(sheet.createRow(r++), bundle.getString("stats.filter.level"), filter.level() == null
                    ? bundle.getString("stats.filter.allLevels")
                    : Label.of(filter.level()).in(bundle), styles);
        }
        pair(sheet.createRow(r++), bundle.getString("stats.summary.total"), format.cell(statistics.total()), styles);
        pair(sheet.createRow(r++), bundle.getString("stats.xlsx.generated"), generatedAt.format(GENERATED), styles);
        if (statistics.isAnonymous()) {
            r++;
            for (String key : new String[] {"stats.province.consentOnly", "stats.note.smallCounts",
                    "stats.note.hidden"}) {
                text(sheet.createRow(r++), 0, bundle.getString(key), null);
            }
        }
    }

    private static void pair(Row row, String label, String value, Styles styles) {
        text(row, 0, label, styles.header);
        text(row, 1, value, null);
    }

    private static void writeTable(SXSSFWorkbook workbook, String name, StatTable table, ResourceBundle bundle,
                                   Styles styles) {
        SXSSFSheet sheet = workbook.createSheet(name);
        sheet.setColumnWidth(0, 40 * 256);
        for (int c = 1; c <= table.columnKeys().size(); c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
        int r = 0;
        text(sheet.createRow(r++), 0, text(bundle, table.titleKey()), styles.title);
        Row header = sheet.createRow(r++);
        text(header, 0, text(bundle, table.labelKey()), styles.header);
        for (int c = 0; c < table.columnKeys().size(); c++) {
            text(header, c + 1, text(bundle, table.columnKeys().get(c)), styles.header);
        }
        for (StatRow row : table.rows()) {
            writeRow(sheet.createRow(r++), row, bundle, styles, null);
        }
        if (table.total() != null) {
            writeRow(sheet.createRow(r++), table.total(), bundle, styles, styles.header);
        }
        r++;
        for (Label note : table.notes()) {
            text(sheet.createRow(r++), 0, note.in(bundle), null);
        }
    }

    private static void writeRow(Row row, StatRow statRow, ResourceBundle bundle, Styles styles, CellStyle labelStyle) {
        text(row, 0, statRow.label().in(bundle), labelStyle);
        for (int c = 0; c < statRow.cells().size(); c++) {
            vn.tincay.statistics.Cell value = statRow.cell(c);
            Cell cell = row.createCell(c + 1);
            switch (value.kind()) {
                case COUNT -> {
                    cell.setCellValue(value.value());
                    cell.setCellStyle(styles.count);
                }
                case DAYS -> {
                    cell.setCellValue(value.value());
                    cell.setCellStyle(styles.days);
                }
                case PERCENT -> {
                    cell.setCellValue(java.math.BigDecimal.valueOf(value.value()).movePointLeft(2).doubleValue());
                    cell.setCellStyle(styles.percent);
                }
                case SMALL -> cell.setCellValue(StatFormat.SMALL);
                case HIDDEN -> cell.setCellValue(text(bundle, "stats.cell.hidden"));
                case TEXT -> cell.setCellValue(safeText(text(bundle, value.key())));
                case NONE -> cell.setCellValue("–");
            }
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(safeText(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String text(ResourceBundle bundle, String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private static String sheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(safeText(wanted).replace("'", ""));
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " " + i;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle count;
        final CellStyle days;
        final CellStyle percent;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 13);
            title = workbook.createCellStyle();
            title.setFont(large);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            days = workbook.createCellStyle();
            days.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        }
    }
}
