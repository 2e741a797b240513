package vn.tincay.register;

import java.io.Serializable;
import java.util.List;

/**
 * Plans and their money: planned and spent over the activity lines, mobilised over the partners'
 * support (whole VND).
 */
public record WorkPlanTotals(long plans, long planned, long spent, long mobilised) implements Serializable {

    /** The totals of one plan's lines. */
    public static WorkPlanTotals of(List<PlanActivity> activities, List<MobilisedResource> resources) {
        long planned = 0;
        long spent = 0;
        for (PlanActivity a : activities) {
            planned = Math.addExact(planned, a.getPlannedAmount());
            spent = Math.addExact(spent, a.getSpentAmount());
        }
        long mobilised = 0;
        for (MobilisedResource r : resources) {
            mobilised = Math.addExact(mobilised, r.getAmount());
        }
        return new WorkPlanTotals(1, planned, spent, mobilised);
    }

    /** More spent than planned over all lines. */
    public boolean overspent() {
        return spent > planned;
    }

    /** How much more was spent than planned; zero when not overspent. */
    public long overspentBy() {
        return Math.max(0, spent - planned);
    }
}
