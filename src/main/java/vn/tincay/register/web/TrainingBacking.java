package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.register.TrainingDraft;
import vn.tincay.register.TrainingService;

/** /register/training.xhtml?id=: records or changes a training (read-only for other units). */
@Named
@ViewScoped
public class TrainingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TrainingService trainings;

    /** The ?id= parameter as typed; anything but a number answers 404. */
    private String id;
    private Long recordId;
    private TrainingDraft draft;
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
            draft = new TrainingDraft();
            editable = true;
        } else {
            draft = trainings.find(recordId);
            editable = trainings.mayChange(recordId);
        }
    }

    public String save() {
        try {
            trainings.save(draft);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return null;
        }
        Messages.addFlashGlobalInfo("register.saved");
        return "/register/trainings?faces-redirect=true";
    }

    public String delete() {
        try {
            trainings.delete(draft.getId(), draft.getVersion());
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return null;
        }
        Messages.addFlashGlobalInfo("register.deleted");
        return "/register/trainings?faces-redirect=true";
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TrainingDraft getDraft() {
        return draft;
    }

    public boolean isEditable() {
        return editable;
    }
}
