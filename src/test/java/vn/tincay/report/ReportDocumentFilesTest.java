package vn.tincay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.tincay.report.document.DocxReportWriter;
import vn.tincay.report.document.PdfReportWriter;
import vn.tincay.report.document.ReportDocument;
import vn.tincay.report.document.ReportFonts;

/** The DOCX and PDF files read back: motto, title and every heading of the outline, diacritics intact. */
class ReportDocumentFilesTest {

    static byte[] docx(ReportDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(document, out);
        return out.toByteArray();
    }

    static byte[] pdf(ReportDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter(ReportFonts.find(null)).write(document, out);
        return out.toByteArray();
    }

    private static List<String> expectedLines(ReportDocument document) {
        List<String> lines = new ArrayList<>(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
                "PHÒNG GD&ĐT HUYỆN DEMO BÌNH YÊN", "TRƯỜNG TIỂU HỌC DEMO SAO MAI", "Số: …/BC-TH-SAOMAI",
                "Demo Bình Yên, ngày 05 tháng 05 năm 2026", "BÁO CÁO SƠ KẾT",
                "HOẠT ĐỘNG VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ NĂM 2026", "Nơi nhận:", "HIỆU TRƯỞNG",
                "Nguyễn Thị Demo"));
        for (ReportDocument.Heading heading : document.headings()) {
            lines.add(heading.text());
        }
        return lines;
    }

    @Test
    void theWordDocumentReadBackHoldsTheMottoTheTitleAndEveryHeadingWithItsDiacritics() throws IOException {
        ReportDocument document = SampleReports.schoolDocument();
        List<String> paragraphs = new ArrayList<>();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(docx(document)))) {
            docx.getParagraphs().forEach(p -> paragraphs.add(p.getText()));
            for (XWPFTable table : docx.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(p -> paragraphs.add(p.getText()));
                    }
                }
            }
            for (String line : expectedLines(document)) {
                assertTrue(paragraphs.contains(line), "missing paragraph: " + line);
            }
            XWPFRun motto = runOf(docx, "Độc lập – Tự do – Hạnh phúc");
            assertTrue(motto.isBold());
            assertEquals(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE, motto.getUnderline());
            XWPFRun place = runOf(docx, "Demo Bình Yên, ngày 05 tháng 05 năm 2026");
            assertTrue(place.isItalic());
            assertTrue(runOf(docx, "TRƯỜNG TIỂU HỌC DEMO SAO MAI").isBold());
            assertTrue(runOf(docx, "BÁO CÁO SƠ KẾT").isBold());
            for (XWPFParagraph p : docx.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    assertEquals("Times New Roman", run.getFontFamily());
                    assertTrue(run.getFontSizeAsDouble() >= 13 && run.getFontSizeAsDouble() <= 14);
                }
            }
            var margins = docx.getDocument().getBody().getSectPr().getPgMar();
            assertEquals("1134", margins.getTop().toString());
            assertEquals("1701", margins.getLeft().toString());
            assertEquals("11906", docx.getDocument().getBody().getSectPr().getPgSz().getW().toString());
        }
        for (String p : paragraphs) {
            assertTrue(Normalizer.isNormalized(p, Normalizer.Form.NFC), p);
        }
    }

    private static XWPFRun runOf(XWPFDocument docx, String text) {
        for (XWPFTable table : docx.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        if (p.getText().equals(text)) {
                            return p.getRuns().get(0);
                        }
                    }
                }
            }
        }
        return docx.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text)).getRuns().get(0);
    }

    @Test
    void thePdfTextHoldsTheMottoTheTitleAndEveryHeadingWithItsDiacritics() throws IOException {
        ReportDocument document = SampleReports.schoolDocument();
        byte[] pdf = pdf(document);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        String flat = Normalizer.normalize(text.toString(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        for (String line : expectedLines(document)) {
            assertTrue(flat.contains(line.replaceAll("\\s+", " ")), "missing in PDF: " + line);
        }
        assertEquals(595, Math.round(new PdfReader(pdf).getPageSize(1).getWidth()));
    }

    @Test
    void thePdfEmbedsItsFont() throws IOException {
        String raw = new String(pdf(SampleReports.schoolDocument()), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/FontFile2"), "TrueType font not embedded");
        assertFalse(raw.contains("/BaseFont /Times-Roman"));
    }

    /** Writes sample files to target/report-samples for looking at (pdftoppm, LibreOffice). */
    @Test
    void samplesAreWrittenForLookingAt() throws IOException {
        Path dir = Path.of("target", "report-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve("school.docx"), docx(SampleReports.schoolDocument()));
        Files.write(dir.resolve("school.pdf"), pdf(SampleReports.schoolDocument()));
        Files.write(dir.resolve("district-100.docx"), docx(SampleReports.districtDocument(100)));
        Files.write(dir.resolve("district-100.pdf"), pdf(SampleReports.districtDocument(100)));
        assertTrue(Files.size(dir.resolve("district-100.pdf")) > 10_000);
    }
}
