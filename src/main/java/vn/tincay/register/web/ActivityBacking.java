package vn.tincay.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.tincay.register.ActionMonth;
import vn.tincay.register.ActivityDraft;
import vn.tincay.register.ActivityForm;
import vn.tincay.register.Audience;
import vn.tincay.register.RegisterKind;
import vn.tincay.register.RegisterKinds;

/** /register/activity.xhtml?id=: records or changes a communication activity (read-only for other units). */
@Named
@ViewScoped
public class ActivityBacking extends RegisterRecordBacking<ActivityDraft> {

    private static final long serialVersionUID = 1L;

    @Override
    protected RegisterKind<?, ActivityDraft> kind() {
        return RegisterKinds.ACTIVITY;
    }

    @Override
    protected String listPage() {
        return "/register/activities";
    }

    /** The date suggests the action month; the user can still change it before saving. */
    public void suggestActionMonth() {
        getDraft().setActionMonth(ActionMonth.suggestedFor(getDraft().getHeldOn()));
    }

    public ActionMonth getSuggestedActionMonth() {
        return ActionMonth.suggestedFor(getDraft().getHeldOn());
    }

    public ActivityForm[] getForms() {
        return ActivityForm.values();
    }

    public Audience[] getAudienceOptions() {
        return Audience.values();
    }

    public ActionMonth[] getActionMonths() {
        return ActionMonth.values();
    }
}
