package vn.tincay.security.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.omnifaces.util.Messages;
import vn.tincay.security.SignInService;

/** /login-code.xhtml: the second step of signing in, a code from the authenticator app or a recovery code. */
@Named
@RequestScoped
public class LoginCodeBacking {

    @EJB
    private SignInService signIn;

    @Inject
    private ExternalContext externalContext;

    @Inject
    private LoginBacking login;

    @NotBlank
    @Size(max = 32)
    private String code;

    /** Without a password step in progress there is nothing to enter a code for. */
    public void requireTicket() throws IOException {
        if (ticket() == null) {
            externalContext.redirect(externalContext.getRequestContextPath() + "/login.xhtml");
        }
    }

    public void verify() throws IOException {
        String ticket = ticket();
        SignInService.CodeCheck check = ticket == null ? SignInService.CodeCheck.START_AGAIN
                : signIn.checkCode(ticket, code);
        code = null;
        switch (check) {
            case SIGNED_IN -> login.complete(ticket);
            case WRONG_CODE -> Messages.addGlobalError("login.code.wrong");
            default -> {
                HttpSession session = ((HttpServletRequest) externalContext.getRequest()).getSession(false);
                if (session != null) {
                    session.removeAttribute(LoginBacking.TICKET);
                }
                Messages.addFlashGlobalError("login.code.startAgain");
                externalContext.redirect(externalContext.getRequestContextPath() + "/login.xhtml");
            }
        }
    }

    private String ticket() {
        HttpSession session = ((HttpServletRequest) externalContext.getRequest()).getSession(false);
        return session == null ? null : (String) session.getAttribute(LoginBacking.TICKET);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
