package vn.tincay.register;

import java.time.Instant;
import vn.tincay.followup.Attachment;
import vn.tincay.followup.AttachmentType;
import vn.tincay.followup.AttachmentTypeCheck;

/**
 * Meetings of a unit's committee. The minutes file is accepted as case evidence is: by its content
 * (PDF, JPEG, PNG or DOCX, at most 10 MB), with a cleaned name.
 */
public final class CommitteeMeetingKind extends RegisterKind<CommitteeMeeting, CommitteeMeetingDraft> {

    CommitteeMeetingKind() {
        super(CommitteeMeeting.class, CommitteeMeeting::new);
    }

    @Override
    public CommitteeMeetingDraft newDraft() {
        return new CommitteeMeetingDraft();
    }

    @Override
    public CommitteeMeetingDraft draftOf(CommitteeMeeting row) {
        return CommitteeMeetingDraft.of(row);
    }

    @Override
    protected void write(CommitteeMeeting row, CommitteeMeetingDraft draft, String by, Instant at) {
        row.describe(draft.getHeldOn(), draft.getContent(), by, at);
        if (draft.hasNewMinutes()) {
            byte[] content = draft.newMinutes();
            AttachmentType type = AttachmentTypeCheck.check(content);
            row.attachMinutes(new CommitteeMinutes(Attachment.cleanFileName(draft.getNewMinutesName(), type), type,
                    content, by, at));
        } else if (draft.isRemoveMinutes()) {
            row.removeMinutes();
        }
    }
}
