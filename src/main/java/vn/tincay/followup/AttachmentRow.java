package vn.tincay.followup;

import java.io.Serializable;
import java.time.Instant;

/** An attachment in a case's list: its name is shown only to need-to-know roles. */
public class AttachmentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String fileName;
    private final AttachmentType type;
    private final int sizeBytes;
    private final String uploadedBy;
    private final Instant uploadedAt;

    public AttachmentRow(Long id, String fileName, AttachmentType type, int sizeBytes, String uploadedBy,
                         Instant uploadedAt) {
        this.id = id;
        this.fileName = fileName;
        this.type = type;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public AttachmentType getType() {
        return type;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    /** The size for people: kilobytes below one megabyte, else megabytes with one decimal. */
    public String getSizeText() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
