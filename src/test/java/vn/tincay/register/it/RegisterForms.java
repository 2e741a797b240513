package vn.tincay.register.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import vn.tincay.it.WebClient;

/** Filling and sending a register form over HTTP, as the register ITs do. */
final class RegisterForms {

    private RegisterForms() {
    }

    /** The form's field names for the fields given by their id after the form's (a date's name has a suffix). */
    static Map<String, String> fields(WebClient.Page form, String formId, Map<String, String> byField) {
        Map<String, String> values = new HashMap<>();
        byField.forEach((field, value) -> {
            Element input = form.document().selectFirst("#" + formId + " [name^=" + formId + ":" + field + "]");
            assertNotNull(input, "no field " + field + " in " + formId + ": " + form.document().text());
            values.put(input.attr("name"), value);
        });
        return values;
    }

    /** Submits a form and expects the redirect back to the list; returns the page it redirects to. */
    static WebClient.Page saved(WebClient client, WebClient.Page form, String formId, String button,
                                Map<String, String> byField) {
        HttpResponse<String> answer = client.submit(form, formId, formId + ":" + button, fields(form, formId, byField));
        WebClient.Page after = client.follow(answer);
        assertTrue(WebClient.isRedirect(answer), "not done: " + after.messages() + " " + after.document().text());
        return after;
    }
}
