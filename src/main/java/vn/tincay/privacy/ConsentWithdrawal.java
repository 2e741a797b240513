package vn.tincay.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.tincay.incident.ConsentGiver;
import vn.tincay.incident.ConsentKind;

/** A consent the survivor or guardian withdrew: which, who asked, who recorded it and when. */
@Entity
@Table(name = "consent_withdrawal")
public class ConsentWithdrawal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false)
    private Long incidentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_kind", nullable = false, length = 24)
    private ConsentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by", nullable = false, length = 16)
    private ConsentGiver requestedBy;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ConsentWithdrawal() {
    }

    public ConsentWithdrawal(long incidentId, ConsentKind kind, ConsentGiver requestedBy, String recordedBy,
                             Instant recordedAt) {
        this.incidentId = incidentId;
        this.kind = kind;
        this.requestedBy = requestedBy;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public ConsentKind getKind() {
        return kind;
    }

    public ConsentGiver getRequestedBy() {
        return requestedBy;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
