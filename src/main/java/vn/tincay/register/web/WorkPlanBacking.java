package vn.tincay.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.tincay.register.FundingSource;
import vn.tincay.register.PlanActivityStatus;
import vn.tincay.register.RegisterKind;
import vn.tincay.register.RegisterKinds;
import vn.tincay.register.SupportKind;
import vn.tincay.register.WorkPlanDraft;

/** /register/plan.xhtml?id=: records or changes a work plan with its budget (read-only for other units). */
@Named
@ViewScoped
public class WorkPlanBacking extends RegisterRecordBacking<WorkPlanDraft> {

    private static final long serialVersionUID = 1L;

    @Override
    protected RegisterKind<?, WorkPlanDraft> kind() {
        return RegisterKinds.WORK_PLAN;
    }

    @Override
    protected String listPage() {
        return "/register/plans";
    }

    public void addActivity() {
        getDraft().addActivity();
    }

    public void removeActivity(int index) {
        getDraft().removeActivity(index);
    }

    public void addResource() {
        getDraft().addResource();
    }

    public void removeResource(int index) {
        getDraft().removeResource(index);
    }

    public FundingSource[] getFundingSources() {
        return FundingSource.values();
    }

    public PlanActivityStatus[] getStatuses() {
        return PlanActivityStatus.values();
    }

    public SupportKind[] getSupportKinds() {
        return SupportKind.values();
    }
}
