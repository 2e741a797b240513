package vn.tincay.followup;

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentStatus;
import vn.tincay.organisation.ServiceOrganisation;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.crypto.EncryptedTextConverter;

/**
 * A case referred to a service organisation. Owns the consent gate: without recorded consent to
 * referral, only a legal basis with a written reason lets it be sent.
 */
@Entity
@Table(name = "referral")
public class Referral {

    public static final int TEXT = 2000;
    public static final int REASON = 1000;
    /** What replaces required free text destroyed at the end of the retention period. */
    public static final String ERASED = "—";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", nullable = false)
    private Incident incident;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_organisation_id", nullable = false)
    private ServiceOrganisation serviceOrganisation;

    @NotBlank
    @Size(max = TEXT)
    @Convert(converter = EncryptedTextConverter.class)
    @Column(nullable = false, length = TEXT)
    private String needs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReferralBasis basis;

    @Size(max = REASON)
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "basis_reason", length = REASON)
    private String basisReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReferralStatus status = ReferralStatus.SENT;

    @Size(max = TEXT)
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "response_note", length = TEXT)
    private String responseNote;

    @Size(max = TEXT)
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "service_provided", length = TEXT)
    private String serviceProvided;

    @Column(name = "referred_by", nullable = false, length = 64)
    private String referredBy;

    @Column(name = "referred_at", nullable = false)
    private Instant referredAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private int version;

    protected Referral() {
    }

    /**
     * @throws UserFacingException when there is no consent to referral and no legal basis with a reason
     */
    public Referral(Incident incident, ServiceOrganisation to, String needs, ReferralBasis basis, String basisReason,
                    String referredBy, Instant now) {
        if (incident.getStatus() == IncidentStatus.CLOSED) {
            throw new UserFacingException("referral.error.caseClosed");
        }
        if (to == null || !to.isActive() || !to.getDistrict().getId().equals(incident.getDistrict().getId())) {
            throw new UserFacingException("referral.error.organisation");
        }
        if (needs == null || needs.isBlank()) {
            throw new UserFacingException("referral.error.needsMissing");
        }
        if (basis == null) {
            throw new UserFacingException("referral.error.basisMissing");
        }
        if (basis == ReferralBasis.CONSENT && !incident.isConsentToReferral()) {
            throw new UserFacingException("referral.error.noConsent");
        }
        if (basis.isLegalBasis() && (basisReason == null || basisReason.isBlank())) {
            throw new UserFacingException("referral.error.reasonMissing");
        }
        if (basis == ReferralBasis.CHILD_PROTECTION_DUTY && !incident.isMustReport() && !incident.isChildAbuse()) {
            throw new UserFacingException("referral.error.notChildProtection");
        }
        this.incident = incident;
        this.serviceOrganisation = to;
        this.needs = needs.trim();
        this.basis = basis;
        this.basisReason = basis.isLegalBasis() ? basisReason.trim() : null;
        this.referredBy = referredBy;
        this.referredAt = now;
    }

    public void accept(String note, Instant now) {
        move(ReferralStatus.ACCEPTED, now);
        this.responseNote = note == null || note.isBlank() ? null : note.trim();
        this.respondedAt = now;
    }

    public void decline(String note, Instant now) {
        if (note == null || note.isBlank()) {
            throw new UserFacingException("referral.error.declineReason");
        }
        move(ReferralStatus.DECLINED, now);
        this.responseNote = note.trim();
        this.respondedAt = now;
    }

    public void recordServiceProvided(String service, Instant now) {
        if (service == null || service.isBlank()) {
            throw new UserFacingException("referral.error.serviceMissing");
        }
        move(ReferralStatus.SERVICE_PROVIDED, now);
        this.serviceProvided = service.trim();
    }

    /** Consent to referral was withdrawn: the service must stop, whatever it had reached. */
    public void withdraw(Instant now) {
        move(ReferralStatus.WITHDRAWN, now);
        this.closedAt = now;
    }

    /** Destroys the referral's free text at the end of the case's retention period. */
    public void anonymise() {
        this.needs = ERASED;
        this.basisReason = null;
        this.responseNote = null;
        this.serviceProvided = null;
    }

    public void close(Instant now) {
        move(ReferralStatus.CLOSED, now);
        this.closedAt = now;
    }

    private void move(ReferralStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new UserFacingException("referral.error.transition", status.name(), target.name());
        }
        this.status = target;
    }

    /** Whether the answer can still move on to the given status. */
    public boolean mayMoveTo(ReferralStatus target) {
        return status.canMoveTo(target);
    }

    /** Contact details go to the service only when the survivor agreed to share them. */
    public boolean mayShareContact() {
        return incident.isConsentToShareContact();
    }

    public Long getId() {
        return id;
    }

    public Incident getIncident() {
        return incident;
    }

    public ServiceOrganisation getServiceOrganisation() {
        return serviceOrganisation;
    }

    public String getNeeds() {
        return needs;
    }

    public ReferralBasis getBasis() {
        return basis;
    }

    public String getBasisReason() {
        return basisReason;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public String getResponseNote() {
        return responseNote;
    }

    public String getServiceProvided() {
        return serviceProvided;
    }

    public String getReferredBy() {
        return referredBy;
    }

    public Instant getReferredAt() {
        return referredAt;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getVersion() {
        return version;
    }
}
