package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.tincay.register.ActionMonth;
import vn.tincay.register.ActivityLine;
import vn.tincay.register.ActivityService;

/** /register/activities.xhtml: the communication activities of a register, paged in the database. */
@Named
@ViewScoped
public class ActivitiesBacking extends DatedRegisterListBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    private ActivityService activities;

    private ActionMonth actionMonth;

    private final PagedModel<ActivityLine> model = new PagedModel<>(
            (first, max, sort, asc) -> activities.list(scope(), getFrom(), getTo(), actionMonth, first, max, sort, asc),
            ActivityLine::id);

    public ActionMonth[] getActionMonths() {
        return ActionMonth.values();
    }

    public PagedModel<ActivityLine> getModel() {
        return model;
    }

    public ActionMonth getActionMonth() {
        return actionMonth;
    }

    public void setActionMonth(ActionMonth actionMonth) {
        this.actionMonth = actionMonth;
    }
}
