package vn.tincay.followup.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.followup.ReferralContact;
import vn.tincay.followup.ReferralService;
import vn.tincay.followup.ServiceReferralView;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;

/**
 * /service/referral.xhtml?id=…: one referral sent to the support service, its answer actions, and
 * the contact details when the survivor agreed to share them (shown on request; audited).
 */
@Named
@ViewScoped
public class ServiceReferralBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReferralService referralService;

    private ServiceReferralView referral;
    private ReferralContact contact;
    private String acceptNote;
    private String declineReason;
    private String serviceProvided;

    /** View action: an id outside the caller's organisation answers 404 like a missing one. */
    public void load() throws IOException {
        Long id = CaseIdParameter.parse(Faces.getRequestParameter("id"));
        try {
            if (id == null) {
                throw new RecordNotFoundException();
            }
            referral = referralService.view(id);
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public void showContact() {
        run(() -> contact = referralService.contactDetails(referral.getId()), null);
    }

    public void accept() {
        run(() -> referral = referralService.accept(referral.getId(), referral.getVersion(), acceptNote),
                "referral.answer.accepted");
    }

    public void decline() {
        run(() -> referral = referralService.decline(referral.getId(), referral.getVersion(), declineReason),
                "referral.answer.declined");
    }

    public void recordServiceProvided() {
        run(() -> referral = referralService.recordServiceProvided(referral.getId(), referral.getVersion(),
                serviceProvided), "referral.answer.serviceRecorded");
    }

    public void close() {
        run(() -> referral = referralService.closeReceived(referral.getId(), referral.getVersion()),
                "referral.closed");
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            if (doneKey != null) {
                Messages.addGlobalInfo(doneKey);
            }
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        } catch (RecordNotFoundException e) {
            Messages.addGlobalError("error.notFound");
        }
    }

    public ServiceReferralView getReferral() {
        return referral;
    }

    public ReferralContact getContact() {
        return contact;
    }

    public String getAcceptNote() {
        return acceptNote;
    }

    public void setAcceptNote(String acceptNote) {
        this.acceptNote = acceptNote;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public String getServiceProvided() {
        return serviceProvided;
    }

    public void setServiceProvided(String serviceProvided) {
        this.serviceProvided = serviceProvided;
    }
}
