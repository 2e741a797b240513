package vn.tincay.followup;

import java.util.List;
import java.util.Locale;

/** The kinds of evidence a case accepts, with the content type they are served with. */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String contentType;
    private final List<String> extensions;

    AttachmentType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** The extension a downloaded file gets when its own name does not end with a fitting one. */
    public String extension() {
        return extensions.get(0);
    }

    public boolean fits(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    public static AttachmentType ofContentType(String contentType) {
        for (AttachmentType type : values()) {
            if (type.contentType.equals(contentType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Not an evidence content type");
    }
}
