package vn.tincay.register;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import vn.tincay.platform.UserFacingException;

/**
 * Support mobilised for a work plan from a partner (organisation, business, parents' association…):
 * money, or support in kind with its value estimated in VND (huy dong nguon luc, seed 004 section 3).
 */
@Embeddable
public class MobilisedResource implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PARTNER = 300;
    public static final int DESCRIPTION = 1000;

    @Column(nullable = false, length = PARTNER)
    private String partner;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_kind", nullable = false, length = 16)
    private SupportKind kind;

    @Column(nullable = false)
    private long amount;

    @Column(length = DESCRIPTION)
    private String description;

    protected MobilisedResource() {
    }

    /** @throws UserFacingException when the partner is missing or the amount is negative or too large */
    public MobilisedResource(String partner, SupportKind kind, long amount, String description) {
        if (partner == null || partner.isBlank()) {
            throw new UserFacingException("register.plan.error.partnerRequired");
        }
        Money.requireValid(amount);
        this.partner = partner.strip();
        this.kind = Objects.requireNonNull(kind);
        this.amount = amount;
        this.description = Text.trimToNull(description);
    }

    public String getPartner() {
        return partner;
    }

    public SupportKind getKind() {
        return kind;
    }

    public long getAmount() {
        return amount;
    }

    public String getDescription() {
        return description;
    }
}
