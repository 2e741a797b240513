package vn.tincay.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A referral as the form or the API sends it. */
public class ReferralDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long serviceOrganisationId;
    @NotBlank
    @Size(max = Referral.TEXT)
    private String needs;
    @NotNull
    private ReferralBasis basis;
    @Size(max = Referral.REASON)
    private String basisReason;

    public Long getServiceOrganisationId() {
        return serviceOrganisationId;
    }

    public void setServiceOrganisationId(Long serviceOrganisationId) {
        this.serviceOrganisationId = serviceOrganisationId;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public ReferralBasis getBasis() {
        return basis;
    }

    public void setBasis(ReferralBasis basis) {
        this.basis = basis;
    }

    public String getBasisReason() {
        return basisReason;
    }

    public void setBasisReason(String basisReason) {
        this.basisReason = basisReason;
    }
}
