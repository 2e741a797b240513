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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.crypto.EncryptedTextConverter;

/**
 * A suspected or confirmed personal data breach. The 72-hour deadline to notify the authority runs
 * from discovery (Decree 356/2025); the description may name people, so it is encrypted.
 */
@Entity
@Table(name = "breach_record")
public class BreachRecord {

    public static final Duration NOTIFICATION_DEADLINE = Duration.ofHours(72);
    public static final int DESCRIPTION = 4000;

    /** Which data the breach touched. */
    public enum DataAffected {
        SURVIVOR_IDENTITY, CASE_CONTENT, ACCOUNTS, STATISTICS, OTHER
    }

    /** Where the breach stands. */
    public enum Status {
        SUSPECTED, CONFIRMED, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "discovered_at", nullable = false)
    private Instant discoveredAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "description_enc", nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_affected", nullable = false, length = 32)
    private DataAffected dataAffected;

    @Column(name = "people_affected")
    private Integer peopleAffected;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.SUSPECTED;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private int version;

    protected BreachRecord() {
    }

    public BreachRecord(Instant discoveredAt, String description, DataAffected dataAffected, Integer peopleAffected,
                        String recordedBy, Instant now) {
        if (discoveredAt == null || discoveredAt.isAfter(now)) {
            throw new UserFacingException("breach.error.discoveredAt");
        }
        if (description == null || description.isBlank()) {
            throw new UserFacingException("breach.error.description");
        }
        if (description.length() > DESCRIPTION) {
            throw new UserFacingException("breach.error.tooLong", DESCRIPTION);
        }
        if (dataAffected == null) {
            throw new UserFacingException("breach.error.dataAffected");
        }
        if (peopleAffected != null && peopleAffected < 0) {
            throw new UserFacingException("breach.error.people");
        }
        this.discoveredAt = discoveredAt;
        this.description = description.trim();
        this.dataAffected = dataAffected;
        this.peopleAffected = peopleAffected;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Instant deadline() {
        return discoveredAt.plus(NOTIFICATION_DEADLINE);
    }

    public void confirm() {
        if (status == Status.SUSPECTED) {
            status = Status.CONFIRMED;
        }
    }

    public void close(Instant now) {
        this.status = Status.CLOSED;
        this.closedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Instant getDiscoveredAt() {
        return discoveredAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getDescription() {
        return description;
    }

    public DataAffected getDataAffected() {
        return dataAffected;
    }

    public Integer getPeopleAffected() {
        return peopleAffected;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getVersion() {
        return version;
    }
}
