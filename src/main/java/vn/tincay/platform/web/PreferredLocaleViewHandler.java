package vn.tincay.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import vn.tincay.security.CurrentUser;

/**
 * Chooses the page language: the signed-in user's saved choice, else the language cookie set by the
 * switch in the page header, else Vietnamese. The browser's Accept-Language is not asked: a teacher's
 * phone is often set to English, and the product's language is Vietnamese (English is one tap away).
 */
public class PreferredLocaleViewHandler extends ViewHandlerWrapper {

    public static final String COOKIE = "tincay_lang";

    public PreferredLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        if (request.getUserPrincipal() != null) {
            CurrentUser user = CDI.current().select(CurrentUser.class).get();
            if (user.isSignedIn() && supported(user.getAccount().preferredLocale())) {
                return Locale.forLanguageTag(user.getAccount().preferredLocale());
            }
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && supported(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return context.getApplication().getDefaultLocale();
    }

    public static boolean supported(String languageTag) {
        return "vi".equals(languageTag) || "en".equals(languageTag);
    }
}
