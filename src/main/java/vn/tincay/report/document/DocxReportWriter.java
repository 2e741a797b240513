package vn.tincay.report.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
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
 * Writes a {@link ReportDocument} as an editable Word document (Office Open XML through Apache POI):
 * A4, margins 2 cm top and bottom, 3 cm left, 2 cm right, Times New Roman 13–14 pt, the header and
 * footer as borderless two-column tables, the body justified.
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

    public void write(ReportDocument document, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            header(doc, document);
            title(doc, document);
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
        doc.createStyles().setDefaultFonts(fonts);
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

    private static void header(XWPFDocument doc, ReportDocument d) {
        XWPFTable table = borderless(doc, new int[] {3700, TEXT_WIDTH - 3700});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        centred(first(left), d.superiorUnit(), HEADER, false, false, false);
        centred(left.addParagraph(), d.issuingUnit(), HEADER, true, false, false);
        centred(left.addParagraph(), d.numberLine(), HEADER, false, false, false);
        centred(first(right), ReportDocument.NATIONAL_NAME, HEADER, true, false, false);
        centred(right.addParagraph(), ReportDocument.MOTTO, BODY, true, false, true);
        XWPFParagraph date = right.addParagraph();
        date.setSpacingBefore(120);
        centred(date, d.placeDateLine(), BODY, false, true, false);
    }

    private static void title(XWPFDocument doc, ReportDocument d) {
        XWPFParagraph title = doc.createParagraph();
        title.setSpacingBefore(360);
        centred(title, d.titleLine(), BODY, true, false, false);
        XWPFParagraph subtitle = doc.createParagraph();
        subtitle.setSpacingAfter(240);
        centred(subtitle, d.subtitleLine(), BODY, true, false, false);
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
        centred(right.addParagraph(), ReportDocument.SIGNATURE_HINT, HEADER, false, true, false);
        for (int i = 0; i < 4; i++) {
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
