package vn.tincay.register.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import vn.tincay.it.RunningApp;
import vn.tincay.it.WebClient;

/** What the register tests share: filling and saving a form back to its list, finding a row and its audit trail. */
final class RegisterRows {

    private RegisterRows() {
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

    /** Submits a form with its fields given by id and expects the redirect back to the list; returns that page. */
    static WebClient.Page saved(WebClient client, WebClient.Page form, String formId, String button,
                                Map<String, String> byField) {
        return savedByName(client, form, formId, button, fields(form, formId, byField));
    }

    /** Submits a form with its fields by full name and expects the redirect back to the list; returns that page. */
    static WebClient.Page savedByName(WebClient client, WebClient.Page form, String formId, String button,
                                      Map<String, String> values) {
        HttpResponse<String> answer = client.submit(form, formId, formId + ":" + button, values);
        WebClient.Page after = client.follow(answer);
        assertTrue(WebClient.isRedirect(answer), "not done: " + after.messages() + " " + after.document().text());
        return after;
    }

    static long idOf(RunningApp app, String table, String column, String value) throws SQLException {
        try (Connection db = app.connect();
             PreparedStatement s = db.prepareStatement("SELECT id FROM " + table + " WHERE " + column + " = ?")) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no " + table + " row with " + column + " " + value);
                return r.getLong(1);
            }
        }
    }

    static int audited(RunningApp app, String action, String targetType, long id) throws SQLException {
        try (Connection db = app.connect(); PreparedStatement s = db.prepareStatement(
                "SELECT COUNT(*) FROM audit_event WHERE action = ? AND target_type = ? AND target_id = ?")) {
            s.setString(1, action);
            s.setString(2, targetType);
            s.setString(3, Long.toString(id));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
