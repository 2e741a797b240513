package vn.tincay.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.crypto.EncryptedTextConverter;

/** What was notified about a breach, to whom, how and when. */
@Entity
@Table(name = "breach_notification")
public class BreachNotification {

    public static final int CONTENT = 4000;
    public static final int NAME = 200;

    /** Who was told. */
    public enum Recipient {
        /** The personal data protection authority (Ministry of Public Security, A05). */
        AUTHORITY,
        SURVIVORS,
        EDUCATION_OFFICE,
        OTHER
    }

    /** How they were told. */
    public enum Channel {
        OFFICIAL_LETTER, EMAIL, PHONE, IN_PERSON, ONLINE_PORTAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "breach_id", nullable = false)
    private Long breachId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Recipient recipient;

    @Column(name = "recipient_name", nullable = false, length = NAME)
    private String recipientName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(name = "notified_at", nullable = false)
    private Instant notifiedAt;

    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "content_enc", nullable = false)
    private String content;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected BreachNotification() {
    }

    public BreachNotification(BreachRecord breach, Recipient recipient, String recipientName, Channel channel,
                              Instant notifiedAt, String content, String recordedBy, Instant now) {
        if (recipient == null || channel == null) {
            throw new UserFacingException("breach.error.recipient");
        }
        if (recipientName == null || recipientName.isBlank() || recipientName.length() > NAME) {
            throw new UserFacingException("breach.error.recipientName");
        }
        if (notifiedAt == null || notifiedAt.isAfter(now) || notifiedAt.isBefore(breach.getDiscoveredAt())) {
            throw new UserFacingException("breach.error.notifiedAt");
        }
        if (content == null || content.isBlank() || content.length() > CONTENT) {
            throw new UserFacingException("breach.error.content");
        }
        this.breachId = breach.getId();
        this.recipient = recipient;
        this.recipientName = recipientName.trim();
        this.channel = channel;
        this.notifiedAt = notifiedAt;
        this.content = content.trim();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getBreachId() {
        return breachId;
    }

    public Recipient getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }

    public String getContent() {
        return content;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
