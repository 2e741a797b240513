package vn.tincay.report.document;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import vn.tincay.report.ReportSection;

/**
 * Writes a {@link ReportDocument} as PDF (OpenPDF) with an embedded serif font that has every
 * Vietnamese glyph: A4, margins 2 cm top and bottom, 3 cm left, 2 cm right, the same layout as the
 * Word document.
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
            document.addTitle(VietnameseText.nfc(d.titleLine() + " " + d.subtitleLine()));
            document.addCreator("Tin Cậy");
            document.open();
            header(document, d);
            title(document, d);
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

    private void header(Document document, ReportDocument d) throws DocumentException {
        PdfPTable table = borderless(new float[] {40, 60});
        PdfPCell left = cell();
        left.addElement(centred(d.superiorUnit(), font(HEADER, false, false, false), 0));
        left.addElement(centred(d.issuingUnit(), font(HEADER, true, false, false), 0));
        left.addElement(centred(d.numberLine(), font(HEADER, false, false, false), 4));
        PdfPCell right = cell();
        right.addElement(centred(ReportDocument.NATIONAL_NAME, font(HEADER, true, false, false), 0));
        right.addElement(centred(ReportDocument.MOTTO, font(BODY, true, false, true), 0));
        right.addElement(centred(d.placeDateLine(), font(BODY, false, true, false), 8));
        table.addCell(left);
        table.addCell(right);
        document.add(table);
    }

    private void title(Document document, ReportDocument d) throws DocumentException {
        Paragraph title = centred(d.titleLine(), font(BODY, true, false, false), 0);
        title.setSpacingBefore(22);
        document.add(title);
        Paragraph subtitle = centred(d.subtitleLine(), font(BODY, true, false, false), 0);
        subtitle.setSpacingAfter(12);
        document.add(subtitle);
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
        right.addElement(centred(ReportDocument.SIGNATURE_HINT, font(HEADER, false, true, false), 0));
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
