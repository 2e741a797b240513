package vn.tincay.register.web;

import jakarta.ejb.EJB;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.register.RegisterDraft;
import vn.tincay.register.RegisterKind;
import vn.tincay.register.RegisterRecords;

/**
 * The page of one register record, {@code ?id=} to open one (read-only unless the caller keeps its
 * register), none for a new one: opens, saves and deletes it, then goes back to the kind's list.
 *
 * @param <D> the kind's form
 */
public abstract class RegisterRecordBacking<D extends RegisterDraft> implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RegisterRecords records;

    /** The ?id= parameter as typed; anything but a number answers 404. */
    private String id;
    private D draft;
    private boolean editable;

    /** The kind of record of the page. */
    protected abstract RegisterKind<?, D> kind();

    /** The list page of the kind, where saving and deleting return to. */
    protected abstract String listPage();

    /** Whether the caller may create a new record of the kind. */
    protected boolean mayCreate() {
        return true;
    }

    /** What the page needs beside the form, once it is open. */
    protected void opened() {
    }

    public void load() {
        if (draft != null) {
            return;
        }
        try {
            Long recordId = id == null || id.isBlank() ? null : Long.valueOf(id.strip());
            if (recordId == null) {
                if (!mayCreate()) {
                    throw new RecordNotFoundException();
                }
                draft = kind().newDraft();
                editable = true;
            } else {
                draft = records.find(kind(), recordId);
                editable = records.mayChange(kind(), recordId);
            }
            opened();
        } catch (RecordNotFoundException | NumberFormatException e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public String save() {
        try {
            records.save(kind(), draft);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return null;
        }
        Messages.addFlashGlobalInfo("register.saved");
        return listPage() + "?faces-redirect=true";
    }

    public String delete() {
        try {
            records.delete(kind(), draft.getId(), draft.getVersion());
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return null;
        }
        Messages.addFlashGlobalInfo("register.deleted");
        return listPage() + "?faces-redirect=true";
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public D getDraft() {
        return draft;
    }

    public boolean isEditable() {
        return editable;
    }
}
