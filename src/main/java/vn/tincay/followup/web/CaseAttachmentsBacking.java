package vn.tincay.followup.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.tincay.followup.AttachmentRow;
import vn.tincay.followup.AttachmentService;
import vn.tincay.incident.RevealPurpose;
import vn.tincay.followup.AttachmentTypeCheck;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;

/**
 * /WEB-INF/includes/case-attachments.xhtml, included in the case page (?id=…): the case's evidence
 * with download links, and the upload. Shows nothing to callers outside the case's scope.
 */
@Named
@ViewScoped
public class CaseAttachmentsBacking implements Serializable {

    static final String MESSAGES = "attachmentForm";
    private static final long serialVersionUID = 1L;

    @EJB
    private AttachmentService attachmentService;

    private Long incidentId;
    private boolean available;
    private List<AttachmentRow> attachments = List.of();
    private RevealPurpose namesShownFor;

    @PostConstruct
    void load() {
        incidentId = CaseIdParameter.read();
        if (incidentId != null) {
            try {
                attachments = attachmentService.list(incidentId);
                available = true;
            } catch (RecordNotFoundException | EJBAccessException e) {
                available = false;
            }
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            attachmentService.upload(incidentId, file.getFileName(), file.getContent());
            Messages.addInfo(MESSAGES, "attachment.uploaded");
        } catch (UserFacingException e) {
            Messages.addError(MESSAGES, e.getMessageKey(), e.getArguments());
        } catch (RecordNotFoundException e) {
            Messages.addError(MESSAGES, "error.notFound");
        }
        attachments = current();
    }

    /** Shows the file names, as part of the case page's audited reveal of the identity. */
    public void revealNames(RevealPurpose purpose) {
        if (available) {
            namesShownFor = purpose;
            attachments = current();
        }
    }

    public void hideNames() {
        if (available) {
            namesShownFor = null;
            attachments = attachmentService.list(incidentId);
        }
    }

    private List<AttachmentRow> current() {
        return namesShownFor == null ? attachmentService.list(incidentId)
                : attachmentService.listWithNames(incidentId, namesShownFor);
    }

    public boolean isNamesShown() {
        return namesShownFor != null;
    }

    public boolean isAvailable() {
        return available;
    }

    public List<AttachmentRow> getAttachments() {
        return attachments;
    }

    public long getMaxBytes() {
        return AttachmentTypeCheck.MAX_BYTES;
    }

    public String getDownloadPath() {
        return AttachmentDownloadServlet.PATH;
    }
}
