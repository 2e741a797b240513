package vn.tincay.report.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a {@link ReportDocument} as an editable Word document (Office Open XML through Apache POI)
 * in the layout of Decree 30/2020/NĐ-CP: A4, margins 2 cm top and bottom, 3 cm left, 2 cm right;
 * Times New Roman 14 pt as the document's default style (so text typed in Word matches); the header
 * and footer as borderless two-column tables with the short rules under the issuing body and under
 * the title; the page number (a PAGE field) centred in the header from page 2; "DỰ THẢO" in the
 * header of every page of a draft; the body justified.
 */
public final class DocxReportWriter {

    static final String FONT = "Times New Roman";
    /** A4 in twentieths of a point. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 1134;
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int BODY = 14;
    private static final int HEADER = 13;
    private static final int TABLE = 13;
    private static final int FIRST_LINE_INDENT = 567;
    /** The default run size in half-points (14 pt). */
    static final int DEFAULT_HALF_POINTS = 28;

    private final HeaderLayout.Measure measure;

    /** Measures the header with Liberation Serif when it is installed, else with an estimate. */
    public DocxReportWriter() {
        this(DefaultMeasure.MEASURE);
    }

    /** The fonts are read once, on the first Word document. */
    private static final class DefaultMeasure {
        static final HeaderLayout.Measure MEASURE = defaultMeasure();
    }

    public DocxReportWriter(HeaderLayout.Measure measure) {
        this.measure = measure;
    }

    private static HeaderLayout.Measure defaultMeasure() {
        try {
            return ReportFonts.find(null)::width;
        } catch (RuntimeException e) {
            return HeaderLayout.ESTIMATE;
        }
    }

    public void write(ReportDocument document, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            pageHeaders(doc, document.draft());
            HeaderLayout layout = HeaderLayout.of(document, TEXT_WIDTH / 20f, measure);
            header(doc, document, layout);
            title(doc, document, layout);
            for (ReportDocument.Block block : document.body()) {
                if (block instanceof ReportDocument.Heading heading) {
                    heading(doc, heading);
                } else if (block instanceof ReportDocument.Paragraph paragraph) {
                    paragraph(doc, paragraph);
                } else if (block instanceof ReportDocument.Table table) {
                    table(doc, table);
                }
            }
            footer(doc, document);
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        run.addNewRFonts().set(fonts);
        run.addNewSz().setVal(BigInteger.valueOf(DEFAULT_HALF_POINTS));
        run.addNewSzCs().setVal(BigInteger.valueOf(DEFAULT_HALF_POINTS));
        run.addNewLang().setVal("vi-VN");
        defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        doc.createStyles().setStyles(styles);
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    /**
     * Page 1 has its own header (only "DỰ THẢO" on a draft); every later page shows its number, a PAGE
     * field, centred, and "DỰ THẢO" at the right on a draft.
     */
    private static void pageHeaders(XWPFDocument doc, boolean draft) {
        XWPFHeader firstPage = doc.createHeader(HeaderFooterType.FIRST);
        XWPFParagraph first = firstPage.getParagraphs().isEmpty() ? firstPage.createParagraph()
                : firstPage.getParagraphs().get(0);
        tabs(first);
        if (draft) {
            tab(first, 2);
            run(first, ReportDocument.DRAFT_MARK, HEADER, true, false, false);
        }
        XWPFHeader later = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = later.getParagraphs().isEmpty() ? later.createParagraph() : later.getParagraphs().get(0);
        tabs(p);
        tab(p, 1);
        field(p, "PAGE", "2");
        if (draft) {
            tab(p, 1);
            run(p, ReportDocument.DRAFT_MARK, HEADER, true, false, false);
        }
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    /** A centre tab in the middle of the text and a right tab at its end. */
    private static void tabs(XWPFParagraph p) {
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var tabs = pPr.isSetTabs() ? pPr.getTabs() : pPr.addNewTabs();
        CTTabStop centre = tabs.addNewTab();
        centre.setVal(STTabJc.CENTER);
        centre.setPos(BigInteger.valueOf(TEXT_WIDTH / 2));
        CTTabStop right = tabs.addNewTab();
        right.setVal(STTabJc.RIGHT);
        right.setPos(BigInteger.valueOf(TEXT_WIDTH));
    }

    /** A field Word and LibreOffice update themselves ({@code PAGE}): begin, instruction, shown value, end. */
    private static void field(XWPFParagraph p, String instruction, String shown) {
        XWPFRun begin = fieldRun(p);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun code = fieldRun(p);
        var text = code.getCTR().addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        fieldRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        fieldRun(p).setText(shown);
        fieldRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void tab(XWPFParagraph p, int count) {
        XWPFRun run = fieldRun(p);
        for (int i = 0; i < count; i++) {
            run.addTab();
        }
    }

    private static XWPFRun fieldRun(XWPFParagraph p) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(HEADER);
        return run;
    }

    private static void header(XWPFDocument doc, ReportDocument d, HeaderLayout layout) {
        int tableWidth = Math.round(layout.tableWidth() * 20);
        int left = Math.round(layout.leftWidth() * 20);
        XWPFTable table = borderless(doc, new int[] {left, tableWidth - left});
        indent(table, -Math.round(HeaderLayout.OVERHANG * 20));
        XWPFTableCell leftCell = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        int size = Math.round(HeaderLayout.NAME_SIZE);
        XWPFParagraph p = first(leftCell);
        for (String line : layout.superiorLines()) {
            centred(p, line, size, false, false, false);
            p = leftCell.addParagraph();
        }
        for (String line : layout.issuerLines()) {
            centred(p, line, size, true, false, false);
            p = leftCell.addParagraph();
        }
        rule(p, left, Math.round(layout.issuerRule() * 20));
        XWPFParagraph number = leftCell.addParagraph();
        number.setSpacingBefore(120);
        centred(number, d.numberLine(), HEADER, false, false, false);
        centred(first(right), ReportDocument.NATIONAL_NAME, size, true, false, false);
        centred(right.addParagraph(), ReportDocument.MOTTO, Math.round(HeaderLayout.MOTTO_SIZE), true, false, true);
        XWPFParagraph date = right.addParagraph();
        date.setSpacingBefore(240);
        centred(date, d.placeDateLine(), BODY, false, true, false);
    }

    /**
     * The short solid rule of the decree: an empty, nearly line-less paragraph whose bottom border is
     * {@code length} long, centred in a space {@code width} wide (both in twentieths of a point).
     */
    private static void rule(XWPFParagraph p, int width, int length) {
        int side = Math.max(0, (width - length) / 2);
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        p.setSpacingBetween(60, LineSpacingRule.EXACT);
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTPBdr borders = pPr.isSetPBdr() ? pPr.getPBdr() : pPr.addNewPBdr();
        CTBorder bottom = borders.addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(6));
        bottom.setSpace(BigInteger.ZERO);
        bottom.setColor("000000");
    }

    private static void indent(XWPFTable table, int twips) {
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblWidth ind = properties.isSetTblInd() ? properties.getTblInd() : properties.addNewTblInd();
        ind.setType(STTblWidth.DXA);
        ind.setW(BigInteger.valueOf(twips));
    }

    private static void title(XWPFDocument doc, ReportDocument d, HeaderLayout layout) {
        XWPFParagraph title = doc.createParagraph();
        title.setSpacingBefore(360);
        centred(title, d.titleLine(), BODY, true, false, false);
        XWPFParagraph subtitle = doc.createParagraph();
        centred(subtitle, d.subtitleLine(), BODY, true, false, false);
        XWPFParagraph rule = doc.createParagraph();
        rule.setSpacingAfter(240);
        rule(rule, TEXT_WIDTH, Math.round(layout.titleRule() * 20));
    }

    private static void heading(XWPFDocument doc, ReportDocument.Heading heading) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(FIRST_LINE_INDENT);
        p.setSpacingBefore(heading.level() == vn.tincay.report.ReportSection.Level.PART ? 120 : 60);
        p.setSpacingAfter(60);
        p.setKeepNext(true);
        boolean bold = heading.level() != vn.tincay.report.ReportSection.Level.INDENT;
        boolean italic = heading.level() == vn.tincay.report.ReportSection.Level.POINT
                || heading.level() == vn.tincay.report.ReportSection.Level.INDENT;
        run(p, heading.text(), BODY, bold, italic, false);
    }

    private static void paragraph(XWPFDocument doc, ReportDocument.Paragraph paragraph) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(FIRST_LINE_INDENT);
        p.setSpacingAfter(60);
        run(p, paragraph.text(), BODY, false, false, false);
    }

    private static void table(XWPFDocument doc, ReportDocument.Table data) {
        int columns = data.header().size();
        int[] widths = new int[columns];
        int total = 0;
        for (int w : data.widths()) {
            total += w;
        }
        for (int i = 0; i < columns; i++) {
            widths[i] = TEXT_WIDTH * data.widths()[i] / total;
        }
        XWPFTable table = doc.createTable(data.rows().size() + 1, columns);
        layout(table, widths);
        table.setTableAlignment(TableRowAlign.CENTER);
        for (int c = 0; c < columns; c++) {
            XWPFParagraph p = first(table.getRow(0).getCell(c));
            centred(p, data.header().get(c), TABLE, true, false, false);
        }
        for (int r = 0; r < data.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            List<String> values = data.rows().get(r);
            for (int c = 0; c < columns; c++) {
                XWPFParagraph p = first(row.getCell(c));
                if (ReportDocument.isWords(values.get(c))) {
                    p.setAlignment(ParagraphAlignment.LEFT);
                    run(p, values.get(c), TABLE, false, false, false);
                } else {
                    centred(p, values.get(c), TABLE, false, false, false);
                }
            }
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    private static void footer(XWPFDocument doc, ReportDocument d) {
        XWPFParagraph gap = doc.createParagraph();
        gap.setSpacingBefore(120);
        XWPFTable table = borderless(doc, new int[] {TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph label = first(left);
        label.setAlignment(ParagraphAlignment.LEFT);
        run(label, ReportDocument.RECIPIENTS_LABEL, 12, true, true, false);
        for (String recipient : d.recipients()) {
            XWPFParagraph p = left.addParagraph();
            p.setAlignment(ParagraphAlignment.LEFT);
            run(p, recipient, 11, false, false, false);
        }
        boolean firstLine = true;
        for (String line : d.signerTitleLines()) {
            centred(firstLine ? first(right) : right.addParagraph(), line, BODY, true, false, false);
            firstLine = false;
        }
        for (int i = 0; i < 5; i++) {
            right.addParagraph();
        }
        centred(right.addParagraph(), d.signerName(), BODY, true, false, false);
    }

    private static XWPFTable borderless(XWPFDocument doc, int[] widths) {
        XWPFTable table = doc.createTable(1, widths.length);
        layout(table, widths);
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        return table;
    }

    /** Fixed column widths in the grid and in every cell, so Word and LibreOffice lay it out alike. */
    private static void layout(XWPFTable table, int[] widths) {
        CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr()
                : table.getCTTbl().getTblPr();
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(total));
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidth(Integer.toString(widths[c]));
            }
        }
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }

    private static void centred(XWPFParagraph p, String text, int size, boolean bold, boolean italic,
                                boolean underline) {
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, size, bold, italic, underline);
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic, boolean underline) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        if (underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setText(VietnameseText.nfc(text));
    }
}
