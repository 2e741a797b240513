package vn.tincay.register;

import java.time.Instant;

/** Yearly work plans with their budget, kept by each school and by the district office. */
public final class WorkPlanKind extends RegisterKind<WorkPlan, WorkPlanDraft> {

    WorkPlanKind() {
        super(WorkPlan.class, WorkPlan::new);
    }

    @Override
    public WorkPlanDraft newDraft() {
        return new WorkPlanDraft();
    }

    @Override
    public WorkPlanDraft draftOf(WorkPlan row) {
        return WorkPlanDraft.of(row);
    }

    @Override
    protected void write(WorkPlan row, WorkPlanDraft draft, String by, Instant at) {
        row.describe(draft.getYear(), draft.getNumber(), draft.getIssuedOn(), draft.getTitle().strip(),
                draft.getActivities().stream().map(PlanActivityDraft::toActivity).toList(),
                draft.getResources().stream().map(MobilisedResourceDraft::toResource).toList(), by, at);
    }
}
