package vn.tincay.report.document;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.Chunk;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.Phrase;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import vn.tincay.report.ReportSection;

/**
 * Writes a {@link ReportDocument} as PDF (OpenPDF) with an embedded serif font that has every
 * Vietnamese glyph (Liberation Serif, metric-compatible with Times New Roman, so lines break where
 * Word breaks them): A4, margins 2 cm top and bottom, 3 cm left, 2 cm right, the same layout as the
 * Word document – rules under the issuing body and the title, the page number centred at the top
 * from page 2, "DỰ THẢO" at the top right of every page of a draft.
 */
public final class PdfReportWriter {

    private static final float CM = 72f / 2.54f;
    private static final float BODY = 14;
    private static final float HEADER = 13;
    private static final float TABLE = 13;

    private final ReportFonts fonts;

    public PdfReportWriter(ReportFonts fonts) {
        this.fonts = fonts;
    }

    public void write(ReportDocument d, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 3 * CM, 2 * CM, 2 * CM, 2 * CM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new PageHeader(d.draft()));
            document.addTitle(VietnameseText.nfc(d.titleLine() + " " + d.subtitleLine()));
            document.addCreator("Tin Cậy");
            document.open();
            HeaderLayout layout = HeaderLayout.of(d, document.right() - document.left(), fonts::width);
            header(document, d, layout);
            title(document, d, layout);
            for (ReportDocument.Block block : d.body()) {
                if (block instanceof ReportDocument.Heading heading) {
                    keepWithNext(document, writer);
                    heading(document, heading);
                } else if (block instanceof ReportDocument.Paragraph paragraph) {
                    document.add(text(paragraph.text()));
                } else if (block instanceof ReportDocument.Table table) {
                    document.add(table(table));
                }
            }
            footer(document, d);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("PDF could not be written", e);
        }
    }

    /** The page number (from page 2) centred at the top, and "DỰ THẢO" at the top right of a draft. */
    private final class PageHeader extends PdfPageEventHelper {
        private final boolean draft;

        PageHeader(boolean draft) {
            this.draft = draft;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.getPageSize().getHeight() - CM - HEADER;
            int page = writer.getPageNumber();
            if (page > 1) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                        new Phrase(Integer.toString(page), font(HEADER, false, false, false)),
                        (document.left() + document.right()) / 2, y, 0);
            }
            if (draft) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                        new Phrase(ReportDocument.DRAFT_MARK, font(HEADER, true, false, false)), document.right(), y, 0);
            }
        }
    }

    private void header(Document document, ReportDocument d, HeaderLayout layout) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {layout.leftWidth(), layout.tableWidth() - layout.leftWidth()});
        table.setTotalWidth(layout.tableWidth());
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_CENTER);
        PdfPCell left = cell();
        for (String line : layout.superiorLines()) {
            left.addElement(centred(line, font(HeaderLayout.NAME_SIZE, false, false, false), 0));
        }
        for (String line : layout.issuerLines()) {
            left.addElement(centred(line, font(HeaderLayout.NAME_SIZE, true, false, false), 0));
        }
        left.addElement(rule(layout.issuerRule() / (layout.leftWidth() - 2 * HeaderLayout.PADDING) * 100));
        left.addElement(centred(d.numberLine(), font(HEADER, false, false, false), 6));
        PdfPCell right = cell();
        right.addElement(centred(ReportDocument.NATIONAL_NAME, font(HeaderLayout.NAME_SIZE, true, false, false), 0));
        right.addElement(centred(ReportDocument.MOTTO, font(HeaderLayout.MOTTO_SIZE, true, false, true), 0));
        right.addElement(centred(d.placeDateLine(), font(BODY, false, true, false), 12));
        table.addCell(left);
        table.addCell(right);
        document.add(table);
    }

    /** The short solid rule of the decree, {@code percent} of the line it sits in, centred. */
    private Paragraph rule(float percent) {
        // The line sits 3 pt under this short paragraph's baseline, clear of the text above it.
        Font font = font(6, false, false, false);
        Paragraph p = new Paragraph(6, "", font);
        Chunk line = new Chunk(new com.lowagie.text.pdf.draw.LineSeparator(0.6f, Math.min(100, percent), null,
                Element.ALIGN_CENTER, -3));
        line.setFont(font);
        p.add(line);
        return p;
    }

    private void title(Document document, ReportDocument d, HeaderLayout layout) throws DocumentException {
        Paragraph title = centred(d.titleLine(), font(BODY, true, false, false), 0);
        title.setSpacingBefore(22);
        document.add(title);
        document.add(centred(d.subtitleLine(), font(BODY, true, false, false), 0));
        Paragraph rule = rule(layout.titleRule() / (document.right() - document.left()) * 100);
        rule.setSpacingAfter(12);
        document.add(rule);
    }

    /** A heading never ends a page: with less than about three lines left, it starts the next one. */
    private static void keepWithNext(Document document, PdfWriter writer) {
        if (writer.getVerticalPosition(false) - document.bottom() < BODY * 4.5f) {
            document.newPage();
        }
    }

    private void heading(Document document, ReportDocument.Heading heading) throws DocumentException {
        boolean bold = heading.level() != ReportSection.Level.INDENT;
        boolean italic = heading.level() == ReportSection.Level.POINT || heading.level() == ReportSection.Level.INDENT;
        Paragraph p = new Paragraph(BODY * 1.25f, VietnameseText.nfc(heading.text()), font(BODY, bold, italic, false));
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(CM);
        p.setSpacingBefore(heading.level() == ReportSection.Level.PART ? 6 : 3);
        p.setSpacingAfter(3);
        document.add(p);
    }

    private Paragraph text(String text) {
        Paragraph p = new Paragraph(BODY * 1.25f, VietnameseText.nfc(text), font(BODY, false, false, false));
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(CM);
        p.setSpacingAfter(3);
        return p;
    }

    private PdfPTable table(ReportDocument.Table data) throws DocumentException {
        float[] widths = new float[data.widths().length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = data.widths()[i];
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String header : data.header()) {
            table.addCell(tableCell(header, true, Element.ALIGN_CENTER));
        }
        for (List<String> row : data.rows()) {
            for (int c = 0; c < row.size(); c++) {
                table.addCell(tableCell(row.get(c), false, ReportDocument.isWords(row.get(c)) ? Element.ALIGN_LEFT
                        : Element.ALIGN_CENTER));
            }
        }
        return table;
    }

    private PdfPCell tableCell(String text, boolean bold, int alignment) {
        PdfPCell cell = new PdfPCell(new Paragraph(TABLE * 1.2f, VietnameseText.nfc(text),
                font(TABLE, bold, false, false)));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(5);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(4);
        return cell;
    }

    private void footer(Document document, ReportDocument d) throws DocumentException {
        PdfPTable table = borderless(new float[] {50, 50});
        table.setSpacingBefore(14);
        table.setKeepTogether(true);
        PdfPCell left = cell();
        Paragraph label = new Paragraph(VietnameseText.nfc(ReportDocument.RECIPIENTS_LABEL),
                font(12, true, true, false));
        left.addElement(label);
        for (String recipient : d.recipients()) {
            left.addElement(new Paragraph(12, VietnameseText.nfc(recipient), font(11, false, false, false)));
        }
        PdfPCell right = cell();
        for (String line : d.signerTitleLines()) {
            right.addElement(centred(line, font(BODY, true, false, false), 0));
        }
        Paragraph name = centred(d.signerName().isEmpty() ? " " : d.signerName(), font(BODY, true, false, false), 0);
        name.setSpacingBefore(60);
        right.addElement(name);
        table.addCell(left);
        table.addCell(right);
        document.add(table);
    }

    private static PdfPTable borderless(float[] widths) throws DocumentException {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingLeft(HeaderLayout.PADDING);
        cell.setPaddingRight(HeaderLayout.PADDING);
        return cell;
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(font.getSize() * 1.25f, VietnameseText.nfc(text), font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    private Font font(float size, boolean bold, boolean italic, boolean underline) {
        return new Font(fonts.get(bold, italic), size, underline ? Font.UNDERLINE : Font.NORMAL);
    }
}
