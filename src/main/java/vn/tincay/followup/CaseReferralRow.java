package vn.tincay.followup;

import java.io.Serializable;
import java.time.Instant;
import vn.tincay.organisation.ServiceKind;

/** A referral of a case as the referring side sees it. */
public class CaseReferralRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final int version;
    private final String organisationName;
    private final ServiceKind organisationKind;
    private final String needs;
    private final ReferralBasis basis;
    private final String basisReason;
    private final ReferralStatus status;
    private final String referredBy;
    private final Instant referredAt;
    private final String responseNote;
    private final String serviceProvided;
    private final Instant respondedAt;
    private final Instant closedAt;

    public CaseReferralRow(Long id, int version, String organisationName, ServiceKind organisationKind, String needs,
                           ReferralBasis basis, String basisReason, ReferralStatus status, String referredBy,
                           Instant referredAt, String responseNote, String serviceProvided, Instant respondedAt,
                           Instant closedAt) {
        this.id = id;
        this.version = version;
        this.organisationName = organisationName;
        this.organisationKind = organisationKind;
        this.needs = needs;
        this.basis = basis;
        this.basisReason = basisReason;
        this.status = status;
        this.referredBy = referredBy;
        this.referredAt = referredAt;
        this.responseNote = responseNote;
        this.serviceProvided = serviceProvided;
        this.respondedAt = respondedAt;
        this.closedAt = closedAt;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public ServiceKind getOrganisationKind() {
        return organisationKind;
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

    public String getReferredBy() {
        return referredBy;
    }

    public Instant getReferredAt() {
        return referredAt;
    }

    public String getResponseNote() {
        return responseNote;
    }

    public String getServiceProvided() {
        return serviceProvided;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** The referring side may close a referral once the service has answered. */
    public boolean isClosable() {
        return status.canMoveTo(ReferralStatus.CLOSED);
    }
}
