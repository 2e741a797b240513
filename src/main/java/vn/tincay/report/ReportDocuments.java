package vn.tincay.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.report.document.DocxReportWriter;
import vn.tincay.report.document.PdfReportWriter;
import vn.tincay.report.document.ReportDocument;
import vn.tincay.report.document.ReportFonts;

/**
 * Turns a laid-out report into DOCX or PDF bytes. The PDF font directory is configurable
 * ({@code tincay.report.font-dir}); the font is looked up once, on the first PDF.
 */
@ApplicationScoped
public class ReportDocuments {

    @Inject
    @ConfigProperty(name = "tincay.report.font-dir", defaultValue = " ")
    private String fontDirectory;

    private volatile PdfReportWriter pdfWriter;

    public byte[] write(ReportDocument document, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (format == ExportFormat.DOCX) {
                new DocxReportWriter().write(document, out);
            } else {
                pdf().write(document, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private PdfReportWriter pdf() {
        PdfReportWriter writer = pdfWriter;
        if (writer == null) {
            synchronized (this) {
                if (pdfWriter == null) {
                    pdfWriter = new PdfReportWriter(ReportFonts.find(fontDirectory == null ? null : fontDirectory.strip()));
                }
                writer = pdfWriter;
            }
        }
        return writer;
    }
}
