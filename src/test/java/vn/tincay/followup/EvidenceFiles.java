package vn.tincay.followup;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Invented files built in memory: real PDF, JPEG, PNG and Word packages, and impostors. */
final class EvidenceFiles {

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
            + "package/2006/content-types\"/>";
    private static final String DOCUMENT = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats"
            + ".org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Biên bản</w:t></w:r></w:p></w:body></w:document>";

    private EvidenceFiles() {
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] pdfOfSize(int size) {
        byte[] content = new byte[size];
        byte[] pdf = pdf();
        System.arraycopy(pdf, 0, content, 0, pdf.length);
        return content;
    }

    static byte[] image(String format) {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xC2185B);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A Word document as Word writes it: the content types first. */
    static byte[] docx() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("_rels/.rels", "<Relationships/>");
        parts.put("word/document.xml", DOCUMENT);
        return zip(parts);
    }

    /** A Word document whose first entry is not one Tika's magic knows, so Tika sees only a ZIP. */
    static byte[] docxDocumentFirst() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", DOCUMENT);
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        return zip(parts);
    }

    static byte[] docm() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("word/document.xml", DOCUMENT);
        parts.put("word/vbaProject.bin", "macro");
        return zip(parts);
    }

    static byte[] xlsx() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("xl/workbook.xml", "<workbook/>");
        return zip(parts);
    }

    static byte[] plainZip() {
        return zip(Map.of("ghi-chu.txt", "Không phải Word"));
    }

    /** The start of a Windows executable: "MZ", and the PE header it points to. */
    static byte[] windowsExecutable() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    static byte[] text() {
        return "Đây là một tệp văn bản, không phải PDF.\n".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] html() {
        return "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
