package vn.tincay.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Form sign-in on /login.xhtml, remembered in the HTTP session as the caller's name and groups.
 *
 * <p>Why not {@code @CustomFormAuthenticationMechanismDefinition}: its {@code @AutoApplySession}
 * hands the container, on every later request, only the principal object kept from sign-in.
 * Payara then recovers the caller's groups through an "additional principal" parked on the
 * thread's security context – and a request thread that has no context of its own shares the one
 * process-wide default context with every other such thread. Under concurrent requests one
 * request's principal is compared with another's, the groups are dropped, and the EJB container
 * refuses ({@code AccessLocalException}) a caller whom the web tier, which reads the session's own
 * principal, let in. Handing the container the name and the groups explicitly on every request
 * leaves nothing shared between requests.
 *
 * <p>A request for a protected page without a session goes to the sign-in page; a Faces ajax
 * request gets a partial-response redirect (a plain 302 would be followed by the ajax engine and
 * never shown). The page asked for is remembered, so signing in continues there.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SessionAuthenticationMechanism.class.getName());

    static final String SIGN_IN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(credential, request, context);
        }
        HttpSession session = request.getSession(false);
        SignedInCaller caller = session == null ? null : (SignedInCaller) session.getAttribute(SignedInCaller.ATTRIBUTE);
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            return sendToSignIn(request, response);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential);
        } catch (RuntimeException e) {
            // The container turns this into a bare 500 and drops the cause: keep it in the log.
            LOG.log(Level.WARNING, "A sign-in could not be completed", e);
            throw e;
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            request.getSession().setAttribute(SignedInCaller.ATTRIBUTE,
                    new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups(),
                            java.time.Instant.now()));
        }
        // A refusal answers SEND_FAILURE without an error status, so the sign-in page shows its message.
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus sendToSignIn(HttpServletRequest request, HttpServletResponse response) {
        ReturnAddress.remember(request);
        String signIn = request.getContextPath() + SIGN_IN_PAGE;
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + signIn + "\"/></partial-response>");
            } else {
                response.sendRedirect(signIn);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
