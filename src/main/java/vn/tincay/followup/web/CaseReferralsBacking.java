package vn.tincay.followup.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import vn.tincay.followup.CaseReferralRow;
import vn.tincay.followup.FollowUpDraftService;
import vn.tincay.followup.FollowUpForm;
import vn.tincay.followup.ReferralDraft;
import vn.tincay.followup.ReferralOptions;
import vn.tincay.followup.ReferralService;
import vn.tincay.incident.CaseScope;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.platform.web.UnsavedTyping;
import vn.tincay.security.CallerContext;

/**
 * /WEB-INF/includes/case-referrals.xhtml, included in the case page (?id=…): the case's referrals
 * and the form to send one. Shows nothing to callers without follow-up rights.
 */
@Named
@ViewScoped
public class CaseReferralsBacking implements Serializable {

    static final String MESSAGES = "referralForm";
    private static final long serialVersionUID = 1L;

    /** The signed-in user: the follow-up sections are asked for only by the roles that follow cases up. */
    @Inject
    private CallerContext callers;

    @EJB
    private ReferralService referralService;

    @EJB
    private FollowUpDraftService drafts;

    private Long incidentId;
    private boolean available;
    private List<CaseReferralRow> referrals = List.of();
    private ReferralOptions options;
    private ReferralDraft draft = new ReferralDraft();

    @PostConstruct
    void load() {
        incidentId = CaseIdParameter.read();
        if (incidentId != null && CaseScope.mayFollowUp(callers.get())) {
            try {
                reload();
                available = true;
                // What this person was typing here before (another tab, an expired session) comes back.
                drafts.find(FollowUpForm.REFERRAL, incidentId, ReferralDraft.class).ifPresent(d -> draft = d);
            } catch (RecordNotFoundException e) {
                available = false;
            }
        }
    }

    /** The form's remote command, a moment after typing stops: keeps what was typed, checks nothing. */
    public void saveTyped() {
        if (available) {
            drafts.keep(FollowUpForm.REFERRAL, incidentId, draft);
            UnsavedTyping.saved();
        }
    }

    public void send() {
        try {
            referralService.send(incidentId, draft);
            draft = new ReferralDraft();
            Messages.addInfo(MESSAGES, "referral.sent");
            UnsavedTyping.saved();
        } catch (UserFacingException e) {
            Messages.addError(MESSAGES, e.getMessageKey(), e.getArguments());
        } catch (RecordNotFoundException e) {
            Messages.addError(MESSAGES, "error.notFound");
        }
        reload();
    }

    public void close(CaseReferralRow referral) {
        try {
            referralService.close(referral.getId(), referral.getVersion());
            Messages.addInfo(MESSAGES, "referral.closed");
        } catch (UserFacingException e) {
            Messages.addError(MESSAGES, e.getMessageKey(), e.getArguments());
        } catch (RecordNotFoundException e) {
            Messages.addError(MESSAGES, "error.notFound");
        }
        reload();
    }

    private void reload() {
        referrals = referralService.ofCase(incidentId);
        options = referralService.options(incidentId);
    }

    public boolean isAvailable() {
        return available;
    }

    public List<CaseReferralRow> getReferrals() {
        return referrals;
    }

    public ReferralOptions getOptions() {
        return options;
    }

    public ReferralDraft getDraft() {
        return draft;
    }
}
