package vn.tincay.incident.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/**
 * The case page /incident/view.xhtml?id=… and its follow-up forms, used over plain HTTP: a form is
 * sent the way a browser without JavaScript would (a full post of the form with the pressed button),
 * and the answer – the page again, or the page it redirects to – is returned.
 */
public final class CasePage {

    /** A case code as lists, pages and e-mails show it: district, year, sequence. */
    public static final Pattern CASE_CODE = Pattern.compile("HDEMO-\\d{4}-\\d{4,}");

    private CasePage() {
    }

    public static Page open(WebClient client, long id) {
        Page page = client.open("/incident/view.xhtml?id=" + id);
        assertEquals(200, page.status(), () -> "case page " + id + ": " + page.document().text());
        return page;
    }

    /** Sends a form of the page by pressing its button, and follows a redirect if there is one. */
    public static Page send(WebClient client, Page page, String form, String button, Map<String, String> values) {
        return client.follow(client.submit(page, form, form + ":" + button, values));
    }

    /** The text of an element of the page, or "" when it is not there. */
    public static String text(Page page, String id) {
        Element element = page.document().getElementById(id);
        return element == null ? "" : element.text();
    }

    /** The text of everything the page shows. */
    public static String body(Page page) {
        return page.document().body().text();
    }
}
