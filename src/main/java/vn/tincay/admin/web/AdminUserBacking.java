package vn.tincay.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.account.PasswordPolicy;
import vn.tincay.admin.AccountForm;
import vn.tincay.admin.AdministrationService;
import vn.tincay.admin.OrganisationChoices;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.Role;

/**
 * /admin/user.xhtml: opens an account, or with ?id= edits one. View scoped because choosing the
 * role swaps the organisation field by ajax. The status and password buttons are
 * {@link AdminUserActionsBacking}'s.
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
    private OrganisationChoices choices;

    @PostConstruct
    void load() {
        form = id == null ? new AccountForm() : administration.findAccount(id).orElse(null);
        choices = administration.organisationChoices();
    }

    /** A view action: an unknown or malformed id is a missing page, not an empty form. */
    public void requireFound() {
        if (form == null || id == null && Faces.getRequestParameter("id") != null) {
            Faces.responseSendError(404, "Account not found");
        }
    }

    public void save() {
        long savedId;
        try {
            if (form.isNew()) {
                savedId = administration.createAccount(form, initialPassword);
            } else {
                administration.updateAccount(form);
                savedId = form.getId();
            }
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
            return;
        } finally {
            initialPassword = null;
        }
        Messages.addFlashGlobalInfo(form.isNew() ? "admin.account.created" : "admin.account.saved",
                form.getUsername().strip().toLowerCase(Locale.ROOT));
        Faces.redirect("admin/user.xhtml?id=%s", savedId);
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

    public OrganisationChoices getChoices() {
        return choices;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
