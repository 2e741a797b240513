package vn.tincay.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.tincay.account.SignedInAccount;

/** The signed-in person, the application's one session-scoped bean. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private SignedInAccount account;

    public boolean isSignedIn() {
        return account != null;
    }

    public void signIn(SignedInAccount signedIn) {
        this.account = signedIn;
    }

    public void passwordChanged() {
        if (account != null) {
            account = account.withMustChangePassword(false);
        }
    }

    public void secondFactorChanged(boolean mustEnrol) {
        if (account != null) {
            account = account.withMustEnrolSecondFactor(mustEnrol);
        }
    }

    public void preferLocale(String languageTag) {
        if (account != null) {
            account = account.withPreferredLocale(languageTag);
        }
    }

    public SignedInAccount getAccount() {
        return account;
    }

    public String getDisplayName() {
        return account == null ? null : account.displayName();
    }

    public String getOrganisationName() {
        return account == null ? null : account.organisationName();
    }

    public Role getRole() {
        return account == null ? null : account.role();
    }

    public boolean hasRole(Role role) {
        return account != null && account.role() == role;
    }

    public String getHomePage() {
        return account == null ? "/login.xhtml" : account.role().homePage();
    }
}
