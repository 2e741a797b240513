package vn.tincay.report;

/** A generated document: a file name without diacritics, its media type and its bytes. */
public record ExportedFile(String fileName, String contentType, byte[] bytes) {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";
}
