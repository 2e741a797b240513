package vn.tincay.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.tincay.security.crypto.EncryptedTextConverter;

/**
 * An incident report being typed, saved at every step of the wizard. Everything typed, survivor
 * identity included, is one payload encrypted exactly like the filed identity; the plain columns say
 * only whose it is, which step it reached and when.
 */
@Entity
@Table(name = "intake_draft")
public class SavedDraft {

    public static final int STEP = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "submission_token", nullable = false, length = 36)
    private String submissionToken;

    @Column(name = "current_step", nullable = false, length = STEP)
    private String step;

    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "payload_enc", nullable = false)
    private String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected SavedDraft() {
    }

    SavedDraft(long authorId, Instant now) {
        this.authorId = authorId;
        this.createdAt = now;
    }

    /** What was typed and where the author is, as of now. */
    void update(Long schoolId, String submissionToken, String step, String payload, Instant now) {
        this.schoolId = schoolId;
        this.submissionToken = submissionToken;
        this.step = step;
        this.payload = payload;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public String getStep() {
        return step;
    }

    String getPayload() {
        return payload;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
