package vn.tincay.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import vn.tincay.security.CurrentUser;

/** / and /home.xhtml: send each role to its own home page, and everyone else to sign in. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private ExternalContext externalContext;

    @Inject
    private CurrentUser currentUser;

    public void goHomeOrSignIn() throws IOException {
        String target = externalContext.getUserPrincipal() != null && currentUser.isSignedIn()
                ? currentUser.getHomePage()
                : "/login.xhtml";
        externalContext.redirect(externalContext.getRequestContextPath() + target);
    }
}
