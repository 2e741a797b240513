package vn.tincay.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.tincay.security.crypto.EncryptedTextConverter;

/** One step of a case's status history: who moved it, when, from where to where and why. */
@Entity
@Table(name = "incident_status_change")
public class IncidentStatusChange {

    public static final int NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", nullable = false)
    private Incident incident;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private IncidentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    private IncidentStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private CloseReason reason;

    @Convert(converter = EncryptedTextConverter.class)
    @Column(length = NOTE)
    private String note;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected IncidentStatusChange() {
    }

    IncidentStatusChange(Incident incident, IncidentStatus from, IncidentStatus to, CloseReason reason, String note,
                         String changedBy, Instant changedAt) {
        this.incident = incident;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
        this.note = note;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** Destroys the note at the end of the case's retention period. */
    public void anonymise() {
        this.note = null;
    }

    public Long getId() {
        return id;
    }

    public IncidentStatus getFromStatus() {
        return fromStatus;
    }

    public IncidentStatus getToStatus() {
        return toStatus;
    }

    public CloseReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
