package vn.tincay.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mail that tells a coordinator about an urgent incident. By construction it can carry only
 * the case code and a link to the case (which needs signing in): e-mail leaves the system, so it
 * never holds identity, narrative or anything else about the case. Vietnamese first, English below.
 */
public final class UrgentAlertMail {

    static final String BUNDLE = "vn.tincay.i18n.text";
    static final String CASE_PAGE = "/incident/view.xhtml?id=";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private UrgentAlertMail() {
    }

    public static MailContent compose(String caseCode, long incidentId, String baseUrl) {
        String link = caseLink(baseUrl, incidentId);
        ResourceBundle vi = bundle(VIETNAMESE);
        ResourceBundle en = bundle(Locale.ENGLISH);
        String subject = format(vi, "mail.urgent.subject", VIETNAMESE, caseCode) + " / "
                + format(en, "mail.urgent.subject", Locale.ENGLISH, caseCode);
        String body = format(vi, "mail.urgent.body", VIETNAMESE, caseCode, link)
                + "\n\n----------------------------------------\n\n"
                + format(en, "mail.urgent.body", Locale.ENGLISH, caseCode, link)
                + "\n";
        return new MailContent(subject, body);
    }

    /** The case's page: the configured base URL without its trailing slashes, then the page and id. */
    public static String caseLink(String baseUrl, long incidentId) {
        String base = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + CASE_PAGE + incidentId;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
