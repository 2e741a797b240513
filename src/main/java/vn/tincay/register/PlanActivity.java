package vn.tincay.register;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import vn.tincay.platform.UserFacingException;

/**
 * One activity line of a work plan: what is done, its planned and spent amounts (whole VND) and where
 * the money comes from. Spending more than planned is allowed – it happens – and shown as overspent.
 */
@Embeddable
public class PlanActivity implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int CONTENT = 1000;

    @Column(nullable = false, length = CONTENT)
    private String content;

    @Column(name = "planned_amount", nullable = false)
    private long plannedAmount;

    @Column(name = "spent_amount", nullable = false)
    private long spentAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false, length = 24)
    private FundingSource fundingSource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanActivityStatus status;

    protected PlanActivity() {
    }

    /** @throws UserFacingException when the content is missing or an amount is negative or too large */
    public PlanActivity(String content, long plannedAmount, long spentAmount, FundingSource fundingSource,
                        PlanActivityStatus status) {
        if (content == null || content.isBlank()) {
            throw new UserFacingException("register.plan.error.contentRequired");
        }
        Money.requireValid(plannedAmount, spentAmount);
        this.content = content.strip();
        this.plannedAmount = plannedAmount;
        this.spentAmount = spentAmount;
        this.fundingSource = Objects.requireNonNull(fundingSource);
        this.status = Objects.requireNonNull(status);
    }

    /** More spent than planned. */
    public boolean isOverspent() {
        return spentAmount > plannedAmount;
    }

    public String getContent() {
        return content;
    }

    public long getPlannedAmount() {
        return plannedAmount;
    }

    public long getSpentAmount() {
        return spentAmount;
    }

    public FundingSource getFundingSource() {
        return fundingSource;
    }

    public PlanActivityStatus getStatus() {
        return status;
    }
}
