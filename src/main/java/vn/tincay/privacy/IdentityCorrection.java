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
import vn.tincay.incident.ConsentGiver;
import vn.tincay.incident.IdentityField;
import vn.tincay.security.crypto.EncryptedTextConverter;

/** One correction of an identity field: the value it replaced is kept, encrypted, as history. */
@Entity
@Table(name = "identity_correction")
public class IdentityCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false)
    private Long incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private IdentityField field;

    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "old_value_enc")
    private String oldValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by", nullable = false, length = 16)
    private ConsentGiver requestedBy;

    @Column(name = "corrected_by", nullable = false, length = 64)
    private String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    private Instant correctedAt;

    protected IdentityCorrection() {
    }

    public IdentityCorrection(long incidentId, IdentityField field, String oldValue, ConsentGiver requestedBy,
                              String correctedBy, Instant correctedAt) {
        this.incidentId = incidentId;
        this.field = field;
        this.oldValue = oldValue;
        this.requestedBy = requestedBy;
        this.correctedBy = correctedBy;
        this.correctedAt = correctedAt;
    }

    public IdentityField getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public ConsentGiver getRequestedBy() {
        return requestedBy;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }
}
