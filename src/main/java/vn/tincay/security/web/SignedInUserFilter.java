package vn.tincay.security.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import vn.tincay.account.AccountService;
import vn.tincay.account.SignedInAccount;
import vn.tincay.security.CurrentUser;
import vn.tincay.security.SessionRegistry;
import vn.tincay.security.SignedInCaller;

/**
 * Runs after the container has authenticated the request: fills the session's {@link CurrentUser}
 * once, registers the session so it can be ended remotely, and keeps a user whose password was set
 * by an administrator on the change-password page until it is changed, and a user of a role that
 * needs a second factor on its set-up page until it is set up.
 */
public class SignedInUserFilter extends HttpFilter {

    static final String CHANGE_PASSWORD_PAGE = "/account/password.xhtml";
    static final String TWO_FACTOR_PAGE = "/account/two-factor.xhtml";

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SessionRegistry registry;

    @EJB
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        if (registry.isEnded(SignedInCaller.of(request.getSession(false)).orElse(null), request.getSession().getId())) {
            // The account was disabled, or its password reset, on some node after this session signed in.
            signOut(request, response);
            return;
        }
        if (!currentUser.isSignedIn()) {
            Optional<SignedInAccount> account = accounts.describeCaller();
            if (account.isEmpty()) {
                signOut(request, response);
                return;
            }
            currentUser.signIn(account.get());
            registry.register(account.get().username(), request.getSession());
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SignedInAccount signedIn = currentUser.getAccount();
        String requiredPage = signedIn.mustChangePassword() ? CHANGE_PASSWORD_PAGE
                : signedIn.mustEnrolSecondFactor() ? TWO_FACTOR_PAGE : null;
        if (requiredPage != null
                && !requiredPage.equals(path)
                && !path.startsWith("/jakarta.faces.resource/")
                && !path.startsWith("/error/")) {
            if (path.startsWith("/api/")) {
                // API clients get an error (JSON, see ApiErrorPageFilter), not a page to follow.
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            response.sendRedirect(request.getContextPath() + requiredPage);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void signOut(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // Ended meanwhile: by the sign-out, or by this node applying the same end of sessions.
            }
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml");
    }
}
