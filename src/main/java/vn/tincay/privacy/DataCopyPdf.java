package vn.tincay.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.tincay.report.document.ReportFonts;
import vn.tincay.report.document.VietnameseText;

/** Writes a {@link DataCopy} as an A4 PDF with the reports' embedded Vietnamese font (OpenPDF). */
public final class DataCopyPdf {

    private static final float CM = 72f / 2.54f;

    private final ReportFonts fonts;

    public DataCopyPdf(ReportFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] write(DataCopy copy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4, 2 * CM, 2 * CM, 2 * CM, 2 * CM);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(VietnameseText.nfc(copy.title()));
            document.addCreator("Tin Cậy");
            document.open();
            Paragraph title = paragraph(copy.title(), font(15, true));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(10);
            document.add(title);
            for (String line : copy.introLines()) {
                document.add(paragraph(line, font(11, false)));
            }
            for (DataCopy.Section section : copy.sections()) {
                Paragraph heading = paragraph(section.title(), font(12.5f, true));
                heading.setSpacingBefore(12);
                heading.setSpacingAfter(4);
                document.add(heading);
                if (section.rows().isEmpty()) {
                    document.add(paragraph(section.whenEmpty(), font(11, false)));
                    continue;
                }
                PdfPTable table = new PdfPTable(section.header().size());
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                for (String column : section.header()) {
                    table.addCell(cell(column, true));
                }
                for (var row : section.rows()) {
                    for (String value : row) {
                        table.addCell(cell(value, false));
                    }
                }
                document.add(table);
            }
            Paragraph closing = paragraph(copy.closing(), font(10, false));
            closing.setSpacingBefore(14);
            document.add(closing);
            document.close();
        } catch (DocumentException e) {
            throw new UncheckedIOException(new IOException("The data copy could not be written", e));
        }
        return out.toByteArray();
    }

    private PdfPCell cell(String text, boolean header) {
        PdfPCell cell = new PdfPCell(paragraph(text == null || text.isBlank() ? "—" : text, font(10.5f, header)));
        cell.setPadding(4);
        if (header) {
            cell.setGrayFill(0.92f);
        }
        return cell;
    }

    private static Paragraph paragraph(String text, Font font) {
        return new Paragraph(font.getSize() * 1.3f, VietnameseText.nfc(text == null ? "" : text), font);
    }

    private Font font(float size, boolean bold) {
        return new Font(fonts.get(bold, false), size, Font.NORMAL);
    }
}
