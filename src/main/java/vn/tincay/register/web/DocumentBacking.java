package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.register.DocumentDraft;
import vn.tincay.register.DocumentService;
import vn.tincay.register.DocumentType;

/** /register/document.xhtml?id=: records or changes an issued document (read-only for other units). */
@Named
@ViewScoped
public class DocumentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DocumentService documents;

    /** The ?id= parameter as typed; anything but a number answers 404. */
    private String id;
    private Long recordId;
    private DocumentDraft draft;
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
            draft = new DocumentDraft();
            editable = true;
        } else {
            draft = documents.find(recordId);
            editable = documents.mayChange(recordId);
        }
    }

    public String save() {
        try {
            documents.save(draft);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return null;
        }
        Messages.addFlashGlobalInfo("register.saved");
        return "/register/documents?faces-redirect=true";
    }

    public String delete() {
        try {
            documents.delete(draft.getId(), draft.getVersion());
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return null;
        }
        Messages.addFlashGlobalInfo("register.deleted");
        return "/register/documents?faces-redirect=true";
    }

    public DocumentType[] getTypes() {
        return DocumentType.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public DocumentDraft getDraft() {
        return draft;
    }

    public boolean isEditable() {
        return editable;
    }
}
