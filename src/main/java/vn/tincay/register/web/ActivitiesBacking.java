package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import vn.tincay.register.RegisterColumn;
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

    @Override
    protected RegisterExport<?> exportTable() {
        return new RegisterExport<>("register.activities.title", "hoat-dong-truyen-thong", List.of(
                RegisterColumn.<ActivityLine>date("register.activity.heldOn", ActivityLine::heldOn),
                RegisterColumn.<ActivityLine>text("register.activity.title", ActivityLine::title),
                RegisterColumn.<ActivityLine>text("register.unit.column", ActivityLine::unitName),
                RegisterColumn.<ActivityLine>label("register.activity.form", a -> "ActivityForm." + a.form()),
                RegisterColumn.<ActivityLine>label("register.activity.audiences",
                        a -> a.audiences().stream().map(x -> "Audience." + x).toList()),
                RegisterColumn.<ActivityLine>number("register.export.participantsFemale", ActivityLine::participantsFemale),
                RegisterColumn.<ActivityLine>number("register.export.participantsMale", ActivityLine::participantsMale),
                RegisterColumn.<ActivityLine>number("register.export.participantsTotal", ActivityLine::participantsTotal),
                RegisterColumn.<ActivityLine>label("register.activity.actionMonth", a -> "ActionMonth." + a.actionMonth()),
                RegisterColumn.<ActivityLine>text("register.activity.effectiveness", ActivityLine::effectiveness)),
                model);
    }
}
