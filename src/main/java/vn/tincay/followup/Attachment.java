package vn.tincay.followup;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import vn.tincay.incident.Incident;

/**
 * A piece of evidence attached to a case. Its name (which may well name the survivor) and its
 * content are stored only encrypted; the entity holds them as stored and the service opens them
 * for need-to-know callers.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    /** Longest file name kept, in characters; its ciphertext must fit the column. */
    public static final int NAME = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", nullable = false)
    private Incident incident;

    @Column(name = "file_name_enc", nullable = false, length = 1024)
    private String fileNameEncrypted;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content_enc", nullable = false)
    private byte[] contentEncrypted;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    public Attachment(Incident incident, AttachmentType type, int sizeBytes, String fileNameEncrypted,
                      byte[] contentEncrypted, String uploadedBy, Instant uploadedAt) {
        this.incident = incident;
        this.contentType = type.contentType();
        this.sizeBytes = sizeBytes;
        this.fileNameEncrypted = fileNameEncrypted;
        this.contentEncrypted = contentEncrypted;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** What an incident's attachment names and contents are encrypted for: copied to another case, they do not open. */
    public static String namePurpose(long incidentId) {
        return "tincay.attachment.name:" + incidentId;
    }

    public static String contentPurpose(long incidentId) {
        return "tincay.attachment.content:" + incidentId;
    }

    /**
     * A safe name to keep and to offer on download: no folders, no control or markup characters,
     * at most {@link #NAME} characters, and an extension that matches the detected type.
     */
    public static String cleanFileName(String original, AttachmentType type) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>:|?*;]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            name = "tep-dinh-kem";
        }
        if (!type.fits(name)) {
            name = name + "." + type.extension();
        }
        if (name.length() > NAME) {
            String extension = name.substring(name.lastIndexOf('.'));
            int cut = NAME - extension.length();
            if (Character.isHighSurrogate(name.charAt(cut - 1))) {
                cut--;
            }
            name = name.substring(0, cut) + extension;
        }
        return name;
    }

    public Long getId() {
        return id;
    }

    public Incident getIncident() {
        return incident;
    }

    public String getFileNameEncrypted() {
        return fileNameEncrypted;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContentEncrypted() {
        return contentEncrypted;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
