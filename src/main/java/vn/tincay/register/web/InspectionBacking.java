package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.register.InspectionDraft;
import vn.tincay.register.InspectionService;
import vn.tincay.register.RegisterDirectory;
import vn.tincay.register.SchoolOption;
import vn.tincay.register.UnitInfo;

/** /register/inspection.xhtml?id=: the coordinator plans an inspection and records its result; focal points read. */
@Named
@ViewScoped
public class InspectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InspectionService inspections;

    @EJB
    private RegisterDirectory directory;

    /** The ?id= parameter as typed; anything but a number answers 404. */
    private String id;
    private Long recordId;
    private InspectionDraft draft;
    private boolean editable;
    private List<SchoolOption> schools;
    private String schoolName;

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
        UnitInfo own = directory.ownUnit();
        editable = own.isDistrictOffice();
        schools = directory.schoolsOfDistrict();
        draft = recordId == null ? new InspectionDraft() : inspections.find(recordId);
        if (recordId == null && !editable) {
            throw new RecordNotFoundException();
        }
        schoolName = draft.getSchoolId() == null ? null : editable ? directory.schoolName(draft.getSchoolId())
                : own.name();
    }

    public String save() {
        try {
            inspections.save(draft);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return null;
        }
        Messages.addFlashGlobalInfo("register.saved");
        return "/register/inspections?faces-redirect=true";
    }

    public String delete() {
        try {
            inspections.delete(draft.getId(), draft.getVersion());
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return null;
        }
        Messages.addFlashGlobalInfo("register.deleted");
        return "/register/inspections?faces-redirect=true";
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public InspectionDraft getDraft() {
        return draft;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<SchoolOption> getSchools() {
        return schools;
    }

    public String getSchoolName() {
        return schoolName;
    }
}
