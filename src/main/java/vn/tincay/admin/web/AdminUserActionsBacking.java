package vn.tincay.admin.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.admin.AdministrationService;
import vn.tincay.platform.UserFacingException;

/**
 * The buttons of /admin/user.xhtml?id= that act on the account at once: disable, enable and reset
 * the password. Each reloads the page to show the account's new state.
 */
@Named
@RequestScoped
public class AdminUserActionsBacking {

    @EJB
    private AdministrationService administration;

    @Inject
    @Param
    private Long id;

    private String temporaryPassword;

    public void disable() {
        attempt(() -> administration.disableAccount(id), "admin.account.disabled");
    }

    public void enable() {
        attempt(() -> administration.enableAccount(id), "admin.account.enabled");
    }

    public void resetPassword() {
        attempt(() -> administration.resetPassword(id, temporaryPassword), "admin.account.passwordReset");
    }

    public void resetSecondFactor() {
        attempt(() -> administration.resetSecondFactor(id), "admin.account.secondFactorReset");
    }

    private void attempt(Runnable action, String successKey) {
        try {
            action.run();
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        } finally {
            temporaryPassword = null;
        }
        Messages.addFlashGlobalInfo(successKey, administration.findAccount(id)
                .map(account -> account.getUsername()).orElse(""));
        Faces.redirect("admin/user.xhtml?id=%s", id);
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
