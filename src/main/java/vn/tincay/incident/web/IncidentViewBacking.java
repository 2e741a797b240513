package vn.tincay.incident.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.audit.AuditEvent;
import vn.tincay.incident.CloseReason;
import vn.tincay.incident.GbvAnswers;
import vn.tincay.incident.GbvClassification;
import vn.tincay.incident.IncidentDetail;
import vn.tincay.incident.IncidentService;
import vn.tincay.incident.IncidentStatus;
import vn.tincay.incident.IncidentStatusChange;
import vn.tincay.incident.RevealPurpose;
import vn.tincay.incident.RevealedIdentity;
import vn.tincay.followup.web.CaseAttachmentsBacking;
import jakarta.inject.Inject;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;

/**
 * /incident/view.xhtml?id=…: one case without identity; identity and narrative only on request
 * (audited); follow-up (status, assignment) for the roles that may do it. An id outside the
 * user's scope answers 404, as a missing one does.
 */
@Named
@ViewScoped
public class IncidentViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IncidentService incidents;

    private String id;
    private IncidentDetail detail;
    private List<StatusLine> history = List.of();
    private RevealedIdentity identity;
    private List<AccessLine> accessHistory;
    private List<Choice> coordinators = List.of();

    private IncidentStatus targetStatus;
    private CloseReason closeReason;
    private String note;
    private Long assignee;
    private RevealPurpose revealPurpose;
    private boolean referralsSentConfirmed;
    private GbvAnswers revisedAnswers = new GbvAnswers();
    private boolean revising;

    @Inject
    private CaseAttachmentsBacking attachments;

    /** A line of the status history, as the page keeps it. */
    public record StatusLine(IncidentStatus from, IncidentStatus to, CloseReason reason, String note, String by,
                             java.time.Instant at) implements Serializable {

        static StatusLine of(IncidentStatusChange change) {
            return new StatusLine(change.getFromStatus(), change.getToStatus(), change.getReason(), change.getNote(),
                    change.getChangedBy(), change.getChangedAt());
        }
    }

    /** A line of the access history, as the page keeps it. */
    public record AccessLine(java.time.Instant at, String actor, String role, String action, String ip)
            implements Serializable {

        static AccessLine of(AuditEvent event) {
            return new AccessLine(event.getOccurredAt(), event.getActor(), event.getActorRole(),
                    event.getAction().name(), event.getIp());
        }
    }

    /** Runs on the first request of the page (f:viewAction). */
    public void load() {
        try {
            long incidentId = Long.parseLong(id == null ? "" : id.trim());
            detail = incidents.detail(incidentId);
            history = incidents.statusHistory(incidentId).stream().map(StatusLine::of).toList();
            if (detail.isMayAssign()) {
                coordinators = incidents.assignableCoordinators().stream()
                        .map(a -> new Choice(a.getId(), a.getDisplayName())).toList();
                assignee = detail.getAssignedToId();
            }
            revisedAnswers = detail.getAnswers().copy();
            List<IncidentStatus> next = detail.getNextStatuses();
            targetStatus = next.size() == 1 ? next.get(0) : null;
        } catch (NumberFormatException | RecordNotFoundException e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    /** Opens the identity, the narrative and the file names for a stated purpose; all audited. */
    public void revealIdentity() {
        if (revealPurpose == null) {
            Messages.addError("identityForm:revealPurpose", "case.identity.purposeMissing");
            return;
        }
        try {
            identity = incidents.revealIdentity(detail.getId(), revealPurpose);
            attachments.revealNames(revealPurpose);
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public void hideIdentity() {
        identity = null;
        revealPurpose = null;
        attachments.hideNames();
    }

    public RevealPurpose[] getRevealPurposes() {
        return RevealPurpose.values();
    }

    public RevealPurpose getRevealPurpose() {
        return revealPurpose;
    }

    public void setRevealPurpose(RevealPurpose revealPurpose) {
        this.revealPurpose = revealPurpose;
    }

    public void showAccessHistory() {
        try {
            accessHistory = incidents.accessHistory(detail.getId()).stream().map(AccessLine::of).toList();
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    /** Changes the status against the version the page loaded; a stale page is told so and keeps the note. */
    public void changeStatus() {
        if (targetStatus == null) {
            Messages.addError("statusForm:targetStatus", "case.status.chooseTarget");
            return;
        }
        try {
            incidents.changeStatus(detail.getId(), detail.getVersion(), targetStatus,
                    targetStatus == IncidentStatus.CLOSED ? closeReason : null, note, referralsSentConfirmed);
        } catch (UserFacingException e) {
            UserMessages.error(e);
            return;
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, "Not found");
            return;
        }
        Messages.addFlashGlobalInfo("case.status.changed", UserMessages.labels(targetStatus));
        reload();
    }

    public void startRevising() {
        revising = true;
    }

    /** The coordinator's answers to the classification questions (while verifying). */
    public void reviseAnswers() {
        try {
            incidents.reviseAnswers(detail.getId(), detail.getVersion(), revisedAnswers);
        } catch (UserFacingException e) {
            UserMessages.error(e);
            return;
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, "Not found");
            return;
        }
        Messages.addFlashGlobalInfo("case.answers.saved",
                UserMessages.labels(GbvClassification.typeOf(revisedAnswers)));
        reload();
    }

    public void assign() {
        if (assignee == null) {
            Messages.addError("assignForm:assignee", "case.assign.choose");
            return;
        }
        try {
            incidents.assign(detail.getId(), detail.getVersion(), assignee);
        } catch (UserFacingException e) {
            UserMessages.error(e);
            return;
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, "Not found");
            return;
        }
        Messages.addFlashGlobalInfo("case.assign.done");
        reload();
    }

    private void reload() {
        Faces.redirect("incident/view.xhtml?id=%s", String.valueOf(detail.getId()));
    }

    public boolean isReasonNeeded() {
        return targetStatus == IncidentStatus.CLOSED;
    }


    public int getNoteLength() {
        return IncidentStatusChange.NOTE;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public IncidentDetail getDetail() {
        return detail;
    }

    public List<StatusLine> getHistory() {
        return history;
    }

    public RevealedIdentity getIdentity() {
        return identity;
    }

    public List<AccessLine> getAccessHistory() {
        return accessHistory;
    }

    public List<Choice> getCoordinators() {
        return coordinators;
    }

    public IncidentStatus getTargetStatus() {
        return targetStatus;
    }

    public void setTargetStatus(IncidentStatus targetStatus) {
        this.targetStatus = targetStatus;
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(CloseReason closeReason) {
        this.closeReason = closeReason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isReferralsSentConfirmed() {
        return referralsSentConfirmed;
    }

    public void setReferralsSentConfirmed(boolean referralsSentConfirmed) {
        this.referralsSentConfirmed = referralsSentConfirmed;
    }

    public GbvAnswers getRevisedAnswers() {
        return revisedAnswers;
    }

    public boolean isRevising() {
        return revising;
    }

    public Long getAssignee() {
        return assignee;
    }

    public void setAssignee(Long assignee) {
        this.assignee = assignee;
    }
}
