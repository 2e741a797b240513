package vn.tincay.security.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import vn.tincay.security.CurrentUser;
import vn.tincay.security.SignInService;

/** The sign-out button of the page header. */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    private ExternalContext externalContext;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private SignInService signIn;

    public void signOut() throws IOException, ServletException {
        if (currentUser.isSignedIn()) {
            signIn.recordSignOut(currentUser.getAccount().username(), currentUser.getRole().name());
        }
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        request.logout();
        externalContext.invalidateSession();
        externalContext.redirect(externalContext.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
