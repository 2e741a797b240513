package vn.tincay.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.tincay.security.crypto.EncryptedTextConverter;

/** A coordination entry or referral being typed by one person on one case; the text encrypted. */
@Entity
@Table(name = "follow_up_draft")
public class FollowUpDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private FollowUpForm form;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private long incidentId;

    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "payload_enc", nullable = false)
    private String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected FollowUpDraft() {
    }

    FollowUpDraft(long authorId, FollowUpForm form, long incidentId, Instant now) {
        this.authorId = authorId;
        this.form = form;
        this.incidentId = incidentId;
        this.createdAt = now;
    }

    void update(String payload, Instant now) {
        this.payload = payload;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    String getPayload() {
        return payload;
    }
}
