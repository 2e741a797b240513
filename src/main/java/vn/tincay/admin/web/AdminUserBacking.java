package vn.tincay.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.account.PasswordPolicy;
import vn.tincay.admin.AccountForm;
import vn.tincay.admin.AdministrationService;
import vn.tincay.admin.OrganisationOption;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.Role;

/**
 * /admin/user.xhtml: opens an account, or with ?id= edits one, disables or enables it and resets its
 * password. View scoped because choosing the role swaps the organisation field by ajax.
 */
@Named
@ViewScoped
public class AdminUserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdministrationService administration;

    @Inject
    @Param
    private Long id;

    private AccountForm form;
    private String initialPassword;
    private String temporaryPassword;
    private List<OrganisationOption> schools;
    private List<OrganisationOption> districts;
    private List<OrganisationOption> services;
    private List<OrganisationOption> provinces;

    @PostConstruct
    void load() {
        form = id == null ? new AccountForm() : administration.findAccount(id).orElse(null);
        schools = administration.schoolChoices();
        districts = administration.districtOffices();
        services = administration.serviceChoices();
        provinces = administration.provinceOffices();
    }

    /** A view action: an unknown or malformed id is a missing page, not an empty form. */
    public void requireFound() {
        if (form == null || id == null && Faces.getRequestParameter("id") != null) {
            Faces.responseSendError(404, "Account not found");
        }
    }

    public void save() {
        if (form.isNew()) {
            attempt(() -> administration.createAccount(form, initialPassword), "admin.account.created");
        } else {
            attempt(() -> {
                administration.updateAccount(form);
                return form.getId();
            }, "admin.account.saved");
        }
    }

    public void disable() {
        attempt(() -> {
            administration.disableAccount(id);
            return id;
        }, "admin.account.disabled");
    }

    public void enable() {
        attempt(() -> {
            administration.enableAccount(id);
            return id;
        }, "admin.account.enabled");
    }

    public void resetPassword() {
        attempt(() -> {
            administration.resetPassword(id, temporaryPassword);
            return id;
        }, "admin.account.passwordReset");
    }

    /** Runs the action; on success shows the message on the freshly loaded account page, else the refusal here. */
    private void attempt(AccountAction action, String successKey) {
        long accountId;
        try {
            accountId = action.run();
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        } finally {
            initialPassword = null;
            temporaryPassword = null;
        }
        Messages.addFlashGlobalInfo(successKey, form.getUsername().strip().toLowerCase(Locale.ROOT));
        Faces.redirect("admin/user.xhtml?id=%s", accountId);
    }

    @FunctionalInterface
    private interface AccountAction {
        long run();
    }

    /** The kind of organisation the chosen role needs, which decides the organisation field shown. */
    public String getScope() {
        return form.getRole() == null ? Role.Scope.NONE.name() : form.getRole().scope().name();
    }

    public int getMinPasswordLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public AccountForm getForm() {
        return form;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }

    public List<OrganisationOption> getSchools() {
        return schools;
    }

    public List<OrganisationOption> getDistricts() {
        return districts;
    }

    public List<OrganisationOption> getServices() {
        return services;
    }

    public List<OrganisationOption> getProvinces() {
        return provinces;
    }
}
