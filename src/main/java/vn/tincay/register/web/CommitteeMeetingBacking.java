package vn.tincay.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.tincay.followup.AttachmentTypeCheck;
import vn.tincay.register.CommitteeMeetingDraft;
import vn.tincay.register.RegisterKind;
import vn.tincay.register.RegisterKinds;

/** /register/committee-meeting.xhtml?id=: records a committee meeting and its minutes. */
@Named
@ViewScoped
public class CommitteeMeetingBacking extends RegisterRecordBacking<CommitteeMeetingDraft> {

    private static final long serialVersionUID = 1L;

    @Override
    protected RegisterKind<?, CommitteeMeetingDraft> kind() {
        return RegisterKinds.COMMITTEE_MEETING;
    }

    @Override
    protected String listPage() {
        return "/register/committees";
    }

    /** Keeps the chosen minutes file with the form; its content is checked when the meeting is saved. */
    public void chooseMinutes(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        getDraft().chooseMinutes(file.getFileName(), file.getContent());
    }

    public long getMaxBytes() {
        return AttachmentTypeCheck.MAX_BYTES;
    }

    public String getDownloadPath() {
        return CommitteeMinutesServlet.PATH;
    }
}
