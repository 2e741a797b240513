package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.register.ActionMonth;
import vn.tincay.register.ActivityDraft;
import vn.tincay.register.ActivityForm;
import vn.tincay.register.ActivityService;
import vn.tincay.register.Audience;
import vn.tincay.platform.UserFacingException;

/** /register/activity.xhtml?id=: records or changes a communication activity (read-only for other units). */
@Named
@ViewScoped
public class ActivityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ActivityService activities;

    /** The ?id= parameter as typed; anything but a number answers 404. */
    private String id;
    private Long recordId;
    private ActivityDraft draft;
    private boolean editable;

    public void load() {
        if (draft != null) {
            return;
        }
        try {
            recordId = id == null || id.isBlank() ? null : Long.valueOf(id.strip());
            open();
        } catch (RecordNotFoundException | NumberFormatException e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    private void open() {
        if (recordId == null) {
            draft = new ActivityDraft();
            editable = true;
        } else {
            draft = activities.find(recordId);
            editable = activities.mayChange(recordId);
        }
    }

    /** The date suggests the action month; the user can still change it before saving. */
    public void suggestActionMonth() {
        draft.setActionMonth(ActionMonth.suggestedFor(draft.getHeldOn()));
    }

    public ActionMonth getSuggestedActionMonth() {
        return ActionMonth.suggestedFor(draft.getHeldOn());
    }

    public String save() {
        try {
            activities.save(draft);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return null;
        }
        Messages.addFlashGlobalInfo("register.saved");
        return "/register/activities?faces-redirect=true";
    }

    public String delete() {
        try {
            activities.delete(draft.getId(), draft.getVersion());
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return null;
        }
        Messages.addFlashGlobalInfo("register.deleted");
        return "/register/activities?faces-redirect=true";
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

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ActivityDraft getDraft() {
        return draft;
    }

    public boolean isEditable() {
        return editable;
    }
}
