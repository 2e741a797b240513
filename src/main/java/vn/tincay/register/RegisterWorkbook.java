package vn.tincay.register;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tincay.statistics.StatisticsWorkbook;

/**
 * A register list as an XLSX workbook, in the manner of the statistics export: one sheet, the list's
 * title and whose register it is, then a header row in the user's language and one row per record.
 * Dates are date cells shown dd/MM/yyyy, counts number cells, everything else string cells guarded
 * against formula injection ({@link StatisticsWorkbook#safeText}).
 */
public final class RegisterWorkbook {

    /** The row of the column headers (0-based); records follow it. */
    public static final int HEADER_ROW = 3;

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final int ROWS_IN_MEMORY = 100;

    private RegisterWorkbook() {
    }

    public static <T> void write(String titleKey, List<RegisterColumn<T>> columns, List<T> rows, String unit,
                                 ResourceBundle bundle, LocalDateTime generatedAt, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);

            String title = text(bundle, titleKey);
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title.replace("'", "")));
            text(sheet.createRow(0), 0, title, header);
            text(sheet.createRow(1), 0, text(bundle, "register.export.unit") + " " + unit, null);
            text(sheet.createRow(2), 0, text(bundle, "register.export.generated") + " "
                    + generatedAt.format(GENERATED), null);
            Row head = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < columns.size(); c++) {
                text(head, c, text(bundle, columns.get(c).headerKey()), header);
                sheet.setColumnWidth(c, (columns.get(c).type() == RegisterColumn.Type.TEXT ? 36 : 14) * 256);
            }
            int r = HEADER_ROW + 1;
            for (T row : rows) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    RegisterColumn<T> column = columns.get(c);
                    Object value = column.value().apply(row);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = line.createCell(c);
                    switch (column.type()) {
                        case DATE -> {
                            cell.setCellValue((LocalDate) value);
                            cell.setCellStyle(date);
                        }
                        case NUMBER -> {
                            cell.setCellValue(((Number) value).doubleValue());
                            cell.setCellStyle(number);
                        }
                        case LABEL -> cell.setCellValue(StatisticsWorkbook.safeText(labels(bundle, value)));
                        case TEXT -> {
                            cell.setCellValue(StatisticsWorkbook.safeText(value.toString()));
                            cell.setCellStyle(wrapped);
                        }
                    }
                }
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            if (!columns.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, columns.size() - 1));
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static String labels(ResourceBundle bundle, Object keys) {
        if (keys instanceof Collection<?> several) {
            StringJoiner joined = new StringJoiner("; ");
            several.forEach(key -> joined.add(text(bundle, key.toString())));
            return joined.toString();
        }
        return text(bundle, keys.toString());
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(StatisticsWorkbook.safeText(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String text(ResourceBundle bundle, String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
