package vn.tincay.privacy.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.incident.ConsentGiver;
import vn.tincay.incident.ConsentKind;
import vn.tincay.incident.IdentityField;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.privacy.RightsHistory;
import vn.tincay.privacy.SurvivorRightsService;
import vn.tincay.security.CurrentUser;
import vn.tincay.security.Role;

/**
 * /incident/rights.xhtml?id=…: the survivor's rights on one case – withdraw a consent, correct an
 * identity field, hand over a copy of the data (coordinators) – with the history of each.
 */
@Named
@ViewScoped
public class SurvivorRightsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SurvivorRightsService rights;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private RightsHistory history;

    private ConsentKind withdrawKind;
    private ConsentGiver withdrawRequestedBy;
    private IdentityField correctField;
    private String correctValue;
    private ConsentGiver correctRequestedBy;

    @PostConstruct
    void load() {
        String parameter = Faces.getRequestParameter("id");
        id = parameter != null && parameter.matches("\\d{1,18}") ? Long.valueOf(parameter) : null;
        try {
            history = id == null ? null : rights.history(id);
        } catch (RecordNotFoundException e) {
            history = null;
        }
        if (history == null) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public void withdraw() {
        try {
            int referrals = rights.withdrawConsent(id, withdrawKind, withdrawRequestedBy);
            Messages.addFlashGlobalInfo(referrals > 0 ? "rights.withdrawn.referrals" : "rights.withdrawn", referrals);
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        }
        reload();
    }

    public void correct() {
        try {
            rights.correctIdentity(id, correctField, correctValue, correctRequestedBy);
        } catch (UserFacingException e) {
            Messages.addError("correctForm:correctValue", e.getMessageKey(), e.getArguments());
            return;
        }
        Messages.addFlashGlobalInfo("rights.corrected");
        reload();
    }

    private void reload() {
        Faces.redirect("incident/rights.xhtml?id=%s", String.valueOf(id));
    }

    public boolean isMayIssueCopy() {
        return currentUser.hasRole(Role.DISTRICT_COORDINATOR);
    }

    public ConsentKind[] getConsentKinds() {
        return ConsentKind.values();
    }

    public ConsentGiver[] getRequesters() {
        return new ConsentGiver[] {ConsentGiver.SURVIVOR, ConsentGiver.GUARDIAN};
    }

    public IdentityField[] getFields() {
        return IdentityField.values();
    }

    public Long getId() {
        return id;
    }

    public RightsHistory getHistory() {
        return history;
    }

    public ConsentKind getWithdrawKind() {
        return withdrawKind;
    }

    public void setWithdrawKind(ConsentKind withdrawKind) {
        this.withdrawKind = withdrawKind;
    }

    public ConsentGiver getWithdrawRequestedBy() {
        return withdrawRequestedBy;
    }

    public void setWithdrawRequestedBy(ConsentGiver withdrawRequestedBy) {
        this.withdrawRequestedBy = withdrawRequestedBy;
    }

    public IdentityField getCorrectField() {
        return correctField;
    }

    public void setCorrectField(IdentityField correctField) {
        this.correctField = correctField;
    }

    public String getCorrectValue() {
        return correctValue;
    }

    public void setCorrectValue(String correctValue) {
        this.correctValue = correctValue;
    }

    public ConsentGiver getCorrectRequestedBy() {
        return correctRequestedBy;
    }

    public void setCorrectRequestedBy(ConsentGiver correctRequestedBy) {
        this.correctRequestedBy = correctRequestedBy;
    }
}
