package vn.tincay.platform.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tincay.account.AccountService;
import vn.tincay.security.CurrentUser;

/** The language switch in every page header; the choice is kept in a cookie and in the user's account. */
@Named
@RequestScoped
public class LanguageBacking {

    private static final int ONE_YEAR = 365 * 24 * 3600;
    /** Name of the hidden field that carries the page's query string through the switch's post-back. */
    public static final String RETURN_QUERY = "tcReturnQuery";
    private static final int MAX_QUERY = 512;

    @Inject
    private FacesContext facesContext;

    @Inject
    private ExternalContext externalContext;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AccountService accounts;

    public String getCurrent() {
        return facesContext.getViewRoot().getLocale().getLanguage();
    }

    public void switchTo(String languageTag) throws IOException {
        if (!PreferredLocaleViewHandler.supported(languageTag)) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        Cookie cookie = new Cookie(PreferredLocaleViewHandler.COOKIE, languageTag);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        ((HttpServletResponse) externalContext.getResponse()).addCookie(cookie);
        if (currentUser.isSignedIn()) {
            accounts.setPreferredLocale(languageTag);
            currentUser.preferLocale(languageTag);
        }
        // The switch posts back without the page's query string (?id=...): the form carries it.
        String query = request.getParameter(RETURN_QUERY);
        boolean keepQuery = query != null && !query.isBlank() && query.length() <= MAX_QUERY;
        externalContext.redirect(request.getRequestURI() + (keepQuery ? "?" + query : ""));
    }
}
