package vn.tincay.register;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * An activity line of a work plan as typed into its form; amounts start at zero. The content is required when
 * the plan is saved (the form, and {@link PlanActivity} itself), not while lines are being added or removed.
 */
public class PlanActivityDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = PlanActivity.CONTENT)
    private String content;
    @PositiveOrZero
    @Max(Money.MAX)
    private Long plannedAmount = 0L;
    @PositiveOrZero
    @Max(Money.MAX)
    private Long spentAmount = 0L;
    @NotNull
    private FundingSource fundingSource = FundingSource.STATE_BUDGET;
    @NotNull
    private PlanActivityStatus status = PlanActivityStatus.PLANNED;

    public static PlanActivityDraft of(PlanActivity a) {
        PlanActivityDraft d = new PlanActivityDraft();
        d.content = a.getContent();
        d.plannedAmount = a.getPlannedAmount();
        d.spentAmount = a.getSpentAmount();
        d.fundingSource = a.getFundingSource();
        d.status = a.getStatus();
        return d;
    }

    /** The line it records. */
    public PlanActivity toActivity() {
        return new PlanActivity(content, amount(plannedAmount), amount(spentAmount), fundingSource, status);
    }

    /** More spent than planned (allowed, shown). */
    public boolean isOverspent() {
        return amount(spentAmount) > amount(plannedAmount);
    }

    static long amount(Long value) {
        return value == null ? 0 : value;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Long getPlannedAmount() {
        return plannedAmount;
    }

    public void setPlannedAmount(Long plannedAmount) {
        this.plannedAmount = plannedAmount;
    }

    public Long getSpentAmount() {
        return spentAmount;
    }

    public void setSpentAmount(Long spentAmount) {
        this.spentAmount = spentAmount;
    }

    public FundingSource getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(FundingSource fundingSource) {
        this.fundingSource = fundingSource;
    }

    public PlanActivityStatus getStatus() {
        return status;
    }

    public void setStatus(PlanActivityStatus status) {
        this.status = status;
    }
}
