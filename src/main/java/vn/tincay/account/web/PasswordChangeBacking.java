package vn.tincay.account.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Messages;
import vn.tincay.account.AccountService;
import vn.tincay.account.PasswordPolicy;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.CurrentUser;

/** /account/password.xhtml: a user changes their own password (required after an administrator set it). */
@Named
@RequestScoped
public class PasswordChangeBacking {

    @EJB
    private AccountService accounts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ExternalContext externalContext;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public boolean isRequired() {
        return currentUser.isSignedIn() && currentUser.getAccount().mustChangePassword();
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public void change() throws IOException {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.addError("passwordForm:confirmation", "password.error.mismatch");
            return;
        }
        int ended;
        try {
            ended = accounts.changeOwnPassword(currentPassword, newPassword, externalContext.getSessionId(false));
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        }
        currentUser.passwordChanged();
        Messages.addFlashGlobalInfo(ended > 0 ? "password.changedOtherSessions" : "password.changed");
        externalContext.redirect(externalContext.getRequestContextPath() + currentUser.getHomePage());
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
