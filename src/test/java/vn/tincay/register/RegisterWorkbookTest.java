package vn.tincay.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A register list in XLSX: translated headers, date cells shown dd/MM/yyyy, number cells, no formula injection. */
class RegisterWorkbookTest {

    private static final ResourceBundle BUNDLE = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"t", "Hoạt động truyền thông"}, {"d", "Ngày tổ chức"}, {"n", "Tên hoạt động"},
                {"f", "Số người tham gia nữ"}, {"k", "Hình thức"}, {"ActivityForm.TALK", "Nói chuyện chuyên đề"},
                {"register.export.unit", "Đơn vị:"}, {"register.export.generated", "Xuất ngày:"}};
        }
    };

    private record Line(LocalDate on, String title, int female, String form) {
    }

    @Test
    void eachColumnHasItsTypeAndTheHeadersAreInTheUsersLanguage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegisterWorkbook.write("t", List.of(RegisterColumn.<Line>date("d", Line::on),
                        RegisterColumn.<Line>text("n", Line::title), RegisterColumn.<Line>number("f", Line::female),
                        RegisterColumn.<Line>label("k", l -> "ActivityForm." + l.form())),
                List.of(new Line(LocalDate.of(2026, 3, 8), "=HYPERLINK(\"http://x\")", 12, "TALK"),
                        new Line(LocalDate.of(2026, 11, 20), "Mít tinh Demo", 0, "TALK")),
                "Trường Tiểu học Demo Sao Mai", BUNDLE, LocalDateTime.of(2026, 5, 4, 9, 30), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Hoạt động truyền thông", sheet.getSheetName());
            assertEquals("Đơn vị: Trường Tiểu học Demo Sao Mai", sheet.getRow(1).getCell(0).getStringCellValue());
            Row header = sheet.getRow(RegisterWorkbook.HEADER_ROW);
            assertEquals("Ngày tổ chức", header.getCell(0).getStringCellValue());
            assertEquals("Hình thức", header.getCell(3).getStringCellValue());
            Row first = sheet.getRow(RegisterWorkbook.HEADER_ROW + 1);
            assertEquals(CellType.NUMERIC, first.getCell(0).getCellType());
            assertEquals(LocalDate.of(2026, 3, 8), first.getCell(0).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("08/03/2026", new DataFormatter().formatCellValue(first.getCell(0)));
            assertEquals(CellType.STRING, first.getCell(1).getCellType());
            assertEquals("'=HYPERLINK(\"http://x\")", first.getCell(1).getStringCellValue());
            assertEquals(12.0, first.getCell(2).getNumericCellValue());
            assertEquals("Nói chuyện chuyên đề", first.getCell(3).getStringCellValue());
            assertEquals(RegisterWorkbook.HEADER_ROW + 2, sheet.getLastRowNum());
        }
    }
}
