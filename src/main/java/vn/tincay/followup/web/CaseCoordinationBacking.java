package vn.tincay.followup.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import vn.tincay.followup.Agency;
import vn.tincay.followup.CoordinationDraft;
import vn.tincay.followup.CoordinationEntryRow;
import vn.tincay.followup.CoordinationService;
import vn.tincay.followup.FollowUpDraftService;
import vn.tincay.followup.FollowUpForm;
import vn.tincay.incident.CaseScope;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.platform.web.UnsavedTyping;
import vn.tincay.security.CallerContext;

/**
 * /WEB-INF/includes/case-coordination.xhtml, included in the case page (?id=…): the case's
 * coordination timeline and the form to add an entry. Shows nothing to callers without follow-up rights.
 */
@Named
@ViewScoped
public class CaseCoordinationBacking implements Serializable {

    /** Messages of this fragment go under this key, shown by the fragment's own message list. */
    static final String MESSAGES = "coordinationForm";
    private static final long serialVersionUID = 1L;

    /** The signed-in user: the follow-up sections are asked for only by the roles that follow cases up. */
    @Inject
    private CallerContext callers;

    @EJB
    private CoordinationService coordination;

    @EJB
    private FollowUpDraftService drafts;

    private Long incidentId;
    private boolean available;
    private boolean caseOpen;
    private List<CoordinationEntryRow> entries = List.of();
    private CoordinationDraft draft = new CoordinationDraft();

    @PostConstruct
    void load() {
        incidentId = CaseIdParameter.read();
        if (incidentId != null && CaseScope.mayFollowUp(callers.get())) {
            try {
                entries = coordination.timeline(incidentId);
                caseOpen = coordination.acceptsEntries(incidentId);
                available = true;
                // What this person was typing here before (another tab, an expired session) comes back.
                drafts.find(FollowUpForm.COORDINATION, incidentId, CoordinationDraft.class).ifPresent(d -> draft = d);
            } catch (RecordNotFoundException e) {
                available = false;
            }
        }
    }

    /** The form's remote command, a moment after typing stops: keeps what was typed, checks nothing. */
    public void saveTyped() {
        if (available && caseOpen) {
            drafts.keep(FollowUpForm.COORDINATION, incidentId, draft);
            UnsavedTyping.saved();
        }
    }

    public void record() {
        try {
            coordination.record(incidentId, draft);
            draft = new CoordinationDraft();
            Messages.addInfo(MESSAGES, "coordination.recorded");
            UnsavedTyping.saved();
        } catch (UserFacingException e) {
            Messages.addError(MESSAGES, e.getMessageKey(), e.getArguments());
        } catch (RecordNotFoundException e) {
            Messages.addError(MESSAGES, "error.notFound");
        }
        reload();
    }

    public void markDone(CoordinationEntryRow entry) {
        try {
            coordination.markNextStepDone(entry.getId(), entry.getVersion());
            Messages.addInfo(MESSAGES, "coordination.nextStepMarkedDone");
        } catch (UserFacingException e) {
            Messages.addError(MESSAGES, e.getMessageKey(), e.getArguments());
        } catch (RecordNotFoundException e) {
            Messages.addError(MESSAGES, "error.notFound");
        }
        reload();
    }

    private void reload() {
        try {
            entries = coordination.timeline(incidentId);
            caseOpen = coordination.acceptsEntries(incidentId);
        } catch (RecordNotFoundException e) {
            entries = List.of();
            available = false;
        }
    }

    public boolean isAvailable() {
        return available;
    }

    public boolean isCaseOpen() {
        return caseOpen;
    }

    public List<CoordinationEntryRow> getEntries() {
        return entries;
    }

    public CoordinationDraft getDraft() {
        return draft;
    }

    public List<Agency> getAgencies() {
        return List.of(Agency.values());
    }
}
