package vn.tincay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import vn.tincay.report.document.ReportDocument;
import vn.tincay.report.document.ReportDocumentBuilder;
import vn.tincay.report.document.ReportFonts;
import vn.tincay.report.document.ReportUnit;

/**
 * The DOCX and PDF read back against Decree 30/2020/NĐ-CP: page number field from page 2, the short
 * rules, a header in which no name breaks, the default style, "DỰ THẢO" on every page of a draft
 * only, the signer block from the unit and no form hint.
 */
class DecreeThirtyLayoutTest {

    private static final String HINT = "(Ký và ghi rõ họ tên)";
    private static final ReportFonts FONTS = ReportFonts.find(null);

    private static ReportUnit school() {
        return ReportUnit.school("Phòng GD&ĐT Huyện Demo Bình Yên", "Huyện Demo Bình Yên",
                "Trường Tiểu học Demo Sao Mai", "HDEMO-TH-SAOMAI", "Nguyễn Thị Demo Hiệu", "Phạm Văn Demo Phó");
    }

    private static ReportDocument document(ReportUnit unit, boolean draft, boolean deputy) {
        ReportContent content = SampleReports.content(1);
        content.setSignerName(null);
        content.setSignerTitle(unit.signerTitle(deputy));
        content.setSignerName(unit.signerName(deputy));
        return ReportDocumentBuilder.build(unit, ReportKind.INTERIM, 2026, content, SampleReports.figures(1),
                LocalDate.of(2026, 5, 5), unit.districtOffice() ? SampleReports.schools(5) : null, draft);
    }

    private static XWPFDocument docx(ReportDocument document) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(ReportDocumentFilesTest.docx(document)));
    }

    private static List<String> allText(XWPFDocument docx) {
        List<String> lines = new ArrayList<>();
        docx.getParagraphs().forEach(p -> lines.add(p.getText()));
        for (XWPFTable table : docx.getTables()) {
            table.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> lines.add(
                    p.getText()))));
        }
        docx.getHeaderList().forEach(h -> h.getParagraphs().forEach(p -> lines.add(p.getText())));
        return lines;
    }

    @Test
    void theWordDefaultStyleIsTimesNewRoman14PointSoTypedTextMatches() throws Exception {
        try (XWPFDocument docx = docx(document(school(), true, false))) {
            var defaults = docx.getStyle().getDocDefaults().getRPrDefault().getRPr();
            assertEquals("Times New Roman", defaults.getRFontsArray(0).getAscii());
            assertEquals("Times New Roman", defaults.getRFontsArray(0).getHAnsi());
            assertEquals("28", defaults.getSzArray(0).getVal().toString());
        }
    }

    @Test
    void pagesFromTheSecondCarryAPageFieldCentredInTheHeaderAndTheFirstNone() throws IOException {
        try (XWPFDocument docx = docx(document(school(), false, false))) {
            assertTrue(docx.getDocument().getBody().getSectPr().isSetTitlePg(), "first page has its own header");
            XWPFHeader later = docx.getHeaderFooterPolicy().getDefaultHeader();
            XWPFHeader first = docx.getHeaderFooterPolicy().getFirstPageHeader();
            assertNotNull(later);
            assertNotNull(first);
            String xml = later.getParagraphs().get(0).getCTP().xmlText();
            assertTrue(xml.contains("w:fldChar") && xml.contains("PAGE"), xml);
            assertTrue(xml.contains("w:val=\"center\""), "a centre tab for the number");
            assertFalse(first.getParagraphs().get(0).getCTP().xmlText().contains("PAGE"));
            assertEquals("", first.getText().strip());
        }
    }

    @Test
    void aDraftSaysDuThaoInTheHeaderOfEveryPageAndASubmittedReportNowhere() throws IOException {
        try (XWPFDocument draft = docx(document(school(), true, false))) {
            assertTrue(draft.getHeaderFooterPolicy().getFirstPageHeader().getText().contains("DỰ THẢO"));
            assertTrue(draft.getHeaderFooterPolicy().getDefaultHeader().getText().contains("DỰ THẢO"));
        }
        try (XWPFDocument submitted = docx(document(school(), false, false))) {
            assertTrue(allText(submitted).stream().noneMatch(t -> t.contains("DỰ THẢO")));
        }
        PdfReader draftPdf = new PdfReader(ReportDocumentFilesTest.pdf(document(school(), true, false)));
        assertTrue(draftPdf.getNumberOfPages() >= 3);
        for (int page = 1; page <= draftPdf.getNumberOfPages(); page++) {
            assertTrue(new PdfTextExtractor(draftPdf).getTextFromPage(page).contains("DỰ THẢO"), "page " + page);
        }
        PdfReader finalPdf = new PdfReader(ReportDocumentFilesTest.pdf(document(school(), false, false)));
        for (int page = 1; page <= finalPdf.getNumberOfPages(); page++) {
            assertFalse(new PdfTextExtractor(finalPdf).getTextFromPage(page).contains("DỰ THẢO"), "page " + page);
        }
    }

    @Test
    void thePdfNumbersEveryPageFromTheSecondAtTheTop() throws IOException {
        PdfReader pdf = new PdfReader(ReportDocumentFilesTest.pdf(document(school(), false, false)));
        assertFalse(new PdfTextExtractor(pdf).getTextFromPage(1).lines().anyMatch(l -> l.strip().equals("1")));
        for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
            // The header is written when the page is finished, so its number is the page's last text.
            List<String> lines = new PdfTextExtractor(pdf).getTextFromPage(page).lines().toList();
            assertEquals(Integer.toString(page), lines.get(lines.size() - 1).strip());
        }
    }

    @Test
    void theIssuerNamesStayOnOneLineInAColumnWideEnoughForThem() throws IOException {
        for (ReportUnit unit : List.of(school(), ReportUnit.districtOffice("Huyện Demo Bình Yên", "A", "B"))) {
            try (XWPFDocument docx = docx(document(unit, false, false))) {
                XWPFTableCell issuerCell = docx.getTables().get(0).getRow(0).getCell(0);
                List<String> lines = issuerCell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                String issuer = unit.issuingUnit();
                assertTrue(lines.contains(issuer), lines.toString());
                int columnTwips = Integer.parseInt(docx.getTables().get(0).getCTTbl().getTblGrid().getGridColArray(0)
                        .getW().toString());
                float needed = FONTS.width(issuer, true, 12) + 2 * 5.4f;
                assertTrue(columnTwips / 20f >= needed, issuer + " needs " + needed + " pt, column " + columnTwips / 20f);
                float national = FONTS.width(ReportDocument.NATIONAL_NAME, true, 12) + 2 * 5.4f;
                int rightTwips = Integer.parseInt(docx.getTables().get(0).getCTTbl().getTblGrid().getGridColArray(1)
                        .getW().toString());
                assertTrue(rightTwips / 20f >= national, "national name fits on one line");
            }
        }
        assertEquals("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", ReportUnit.districtOffice("Huyện Demo Bình Yên").issuingUnit());
    }

    @Test
    void aShortRuleLiesUnderTheIssuingBodyAndUnderTheTitle() throws IOException {
        try (XWPFDocument docx = docx(document(school(), false, false))) {
            XWPFTableCell issuerCell = docx.getTables().get(0).getRow(0).getCell(0);
            List<XWPFParagraph> ps = issuerCell.getParagraphs();
            int issuerAt = ps.stream().map(XWPFParagraph::getText).toList().indexOf("TRƯỜNG TIỂU HỌC DEMO SAO MAI");
            XWPFParagraph rule = ps.get(issuerAt + 1);
            assertEquals("", rule.getText());
            int cell = Integer.parseInt(docx.getTables().get(0).getCTTbl().getTblGrid().getGridColArray(0).getW()
                    .toString());
            float length = ruleLength(rule, cell);
            float issuer = FONTS.width("TRƯỜNG TIỂU HỌC DEMO SAO MAI", true, 12) * 20;
            assertTrue(length >= issuer / 3 && length <= issuer / 2, "rule " + length + " of " + issuer);
            assertEquals(rule.getIndentationLeft(), rule.getIndentationRight(), "centred");

            List<XWPFParagraph> body = docx.getParagraphs();
            int titleAt = body.stream().map(XWPFParagraph::getText).toList()
                    .indexOf("HOẠT ĐỘNG VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ NĂM 2026");
            XWPFParagraph titleRule = body.get(titleAt + 1);
            float title = FONTS.width("HOẠT ĐỘNG VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ NĂM 2026", true, 14) * 20;
            float titleLength = ruleLength(titleRule, 9071);
            assertTrue(titleLength >= title / 3 && titleLength <= title / 2, "title rule " + titleLength);
        }
        // The PDF draws the same two rules: stroked lines of 1/3 to 1/2 of their text.
        String content = new String(new PdfReader(ReportDocumentFilesTest.pdf(document(school(), false, false)))
                .getPageContent(1), StandardCharsets.ISO_8859_1);
        Matcher line = Pattern.compile("([\\d.]+) ([\\d.]+) m\\s+([\\d.]+) ([\\d.]+) l\\s+S").matcher(content);
        List<Float> lengths = new ArrayList<>();
        while (line.find()) {
            if (line.group(2).equals(line.group(4))) {
                lengths.add(Float.parseFloat(line.group(3)) - Float.parseFloat(line.group(1)));
            }
        }
        float issuer = FONTS.width("TRƯỜNG TIỂU HỌC DEMO SAO MAI", true, 12);
        float title = FONTS.width("HOẠT ĐỘNG VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ NĂM 2026", true, 14);
        assertTrue(lengths.stream().anyMatch(l -> l >= issuer / 3 && l <= issuer / 2), lengths.toString());
        assertTrue(lengths.stream().anyMatch(l -> l >= title / 3 && l <= title / 2), lengths.toString());
    }

    private static float ruleLength(XWPFParagraph rule, int width) {
        CTPPr pPr = rule.getCTP().getPPr();
        assertTrue(pPr.isSetPBdr() && pPr.getPBdr().isSetBottom(), "bottom border");
        assertEquals("single", pPr.getPBdr().getBottom().getVal().toString());
        return width - rule.getIndentationLeft() - rule.getIndentationRight();
    }

    @Test
    void theSignerBlockNamesTheHeadOrTheDeputyForTheHeadAndPrintsNoFormHint() throws IOException {
        try (XWPFDocument docx = docx(document(school(), false, false))) {
            List<String> text = allText(docx);
            assertTrue(text.contains("HIỆU TRƯỞNG"));
            assertTrue(text.contains("Nguyễn Thị Demo Hiệu"));
            assertTrue(text.stream().noneMatch(t -> t.contains(HINT) || t.contains("THỦ TRƯỞNG ĐƠN VỊ")));
        }
        try (XWPFDocument docx = docx(document(school(), false, true))) {
            List<String> text = allText(docx);
            int kt = text.indexOf("KT. HIỆU TRƯỞNG");
            assertTrue(kt >= 0, text.toString());
            assertEquals("PHÓ HIỆU TRƯỞNG", text.get(kt + 1));
            assertTrue(text.contains("Phạm Văn Demo Phó"));
        }
        ReportUnit district = ReportUnit.districtOffice("Huyện Demo Bình Yên", "Trần Văn Demo Trưởng", null);
        assertEquals("TRƯỞNG PHÒNG", district.defaultSignerTitle());
        assertEquals("KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", district.signerTitle(true));
        String pdf = text(ReportDocumentFilesTest.pdf(document(school(), true, true)));
        assertFalse(pdf.contains(HINT));
        assertTrue(pdf.contains("KT. HIỆU TRƯỞNG") && pdf.contains("PHÓ HIỆU TRƯỞNG") && pdf.contains("Phạm Văn Demo Phó"));
    }

    @Test
    void theWordRunsUseTimesNewRomanAt12To14PointAndThePdfEmbedsLiberationSerif() throws IOException {
        try (XWPFDocument docx = docx(document(school(), true, false))) {
            for (XWPFTable table : docx.getTables()) {
                table.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> p.getRuns()
                        .forEach(run -> {
                            assertEquals("Times New Roman", run.getFontFamily());
                            Double size = run.getFontSizeAsDouble();
                            assertTrue(size != null && size >= 11 && size <= 14, run.text() + " " + size);
                        }))));
            }
            assertEquals(12.0, runSize(docx, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
            assertEquals(13.0, runSize(docx, "Độc lập – Tự do – Hạnh phúc"));
            assertEquals(14.0, runSize(docx, "BÁO CÁO SƠ KẾT"));
        }
        PdfReader pdf = new PdfReader(ReportDocumentFilesTest.pdf(document(school(), false, false)));
        Set<String> fonts = new HashSet<>();
        PdfDictionary pageResources = (PdfDictionary) PdfReader.getPdfObject(pdf.getPageN(1).get(PdfName.RESOURCES));
        PdfDictionary resources = (PdfDictionary) PdfReader.getPdfObject(pageResources.get(PdfName.FONT));
        for (PdfName key : resources.getKeys()) {
            PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(resources.get(key));
            fonts.add(PdfReader.getPdfObject(font.get(PdfName.BASEFONT)).toString());
            com.lowagie.text.pdf.PdfArray descendants = (com.lowagie.text.pdf.PdfArray) PdfReader.getPdfObject(
                    font.get(PdfName.DESCENDANTFONTS));
            PdfDictionary descendant = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
            PdfDictionary descriptor = (PdfDictionary) PdfReader.getPdfObject(descendant.get(PdfName.FONTDESCRIPTOR));
            assertNotNull(descriptor.get(PdfName.FONTFILE2), "embedded: " + key);
        }
        assertTrue(fonts.stream().allMatch(f -> f.contains("+LiberationSerif")), "only embedded Liberation Serif: " + fonts);
        assertTrue(fonts.stream().anyMatch(f -> f.contains("LiberationSerif-Bold")), fonts.toString());
        assertTrue(fonts.stream().anyMatch(f -> f.contains("LiberationSerif") && !f.contains("Bold")
                && !f.contains("Italic")), fonts.toString());
    }

    private static Double runSize(XWPFDocument docx, String text) {
        for (XWPFTable table : docx.getTables()) {
            for (var row : table.getRows()) {
                for (var cell : row.getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        if (p.getText().equals(text)) {
                            return p.getRuns().get(0).getFontSizeAsDouble();
                        }
                    }
                }
            }
        }
        return docx.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow()
                .getRuns().get(0).getFontSizeAsDouble();
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }
}
