package vn.tincay.register;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A partner's support for a work plan as typed into its form. */
public class MobilisedResourceDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = MobilisedResource.PARTNER)
    private String partner;
    @NotNull
    private SupportKind kind = SupportKind.CASH;
    @PositiveOrZero
    @Max(Money.MAX)
    private Long amount = 0L;
    @Size(max = MobilisedResource.DESCRIPTION)
    private String description;

    public static MobilisedResourceDraft of(MobilisedResource r) {
        MobilisedResourceDraft d = new MobilisedResourceDraft();
        d.partner = r.getPartner();
        d.kind = r.getKind();
        d.amount = r.getAmount();
        d.description = r.getDescription();
        return d;
    }

    /** The support it records. */
    public MobilisedResource toResource() {
        return new MobilisedResource(partner, kind, PlanActivityDraft.amount(amount), description);
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public SupportKind getKind() {
        return kind;
    }

    public void setKind(SupportKind kind) {
        this.kind = kind;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
