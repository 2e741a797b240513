package vn.tincay.report;

/** The formats a report can be downloaded in. */
public enum ExportFormat {
    DOCX("docx", ExportedFile.DOCX),
    PDF("pdf", ExportedFile.PDF);

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
