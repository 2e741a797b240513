package vn.tincay.security.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.omnifaces.util.Messages;
import vn.tincay.security.ReturnAddress;
import vn.tincay.security.SignInService;
import vn.tincay.security.SignInTicketCredential;

/** The sign-in page, /login.xhtml: username and password, the first of one or two steps. */
@Named
@RequestScoped
public class LoginBacking {

    /** Session attribute holding the ticket of a sign-in that waits for its code. */
    static final String TICKET = "vn.tincay.signInTicket";
    static final String CODE_PAGE = "/login-code.xhtml";

    @EJB
    private SignInService signInService;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private ExternalContext externalContext;

    @Inject
    private FacesContext facesContext;

    private boolean signedOut;

    @NotBlank
    @Size(max = 64)
    private String username;

    @NotBlank
    @Size(max = 128)
    private String password;

    /** A signed-in user who opens the sign-in page goes home instead. */
    public void redirectIfSignedIn() throws IOException {
        if (securityContext.getCallerPrincipal() != null) {
            externalContext.redirect(externalContext.getRequestContextPath() + "/home.xhtml");
        }
    }

    /** The password step: signs in at once, or goes on to the code page for an account with a second factor. */
    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        SignInService.PasswordCheck check = signInService.checkPassword(username, password);
        password = null;
        switch (check.outcome()) {
            case SIGNED_IN -> complete(check.ticket());
            case CODE_NEEDED -> {
                // The ticket stays on the server, in the session; never in a URL or a form.
                request.getSession().setAttribute(TICKET, check.ticket());
                externalContext.redirect(externalContext.getRequestContextPath() + CODE_PAGE);
            }
            default -> Messages.addGlobalError("login.failed");
        }
    }

    /** Hands a completed ticket to the container, under a new session id, and goes home. */
    void complete(String ticket) throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
        if (request.getSession(false) != null) {
            // A new session id at sign-in, so an id planted before it is worth nothing after.
            request.getSession().removeAttribute(TICKET);
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(new SignInTicketCredential(ticket))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            // Back to the page that sent the visitor to sign in (a form whose session had expired), if any.
            case SUCCESS -> externalContext.redirect(externalContext.getRequestContextPath()
                    + ReturnAddress.take(request.getSession(false)).orElse("/home.xhtml"));
            default -> Messages.addGlobalError("login.failed");
        }
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
