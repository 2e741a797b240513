package vn.tincay.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import vn.tincay.incident.it.Sessions;
import vn.tincay.incident.it.Texts;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/** The administrator's "verify the audit chain" button, as tests press it. */
public final class AuditCheck {

    /** "The chain is intact: {0} rows checked", with the number as the server formats it. */
    public static final Pattern INTACT = Pattern.compile(Pattern.quote(Texts.vi("admin.audit.intact", "@@"))
            .replace("@@", "\\E(\\d[\\d.,]*)\\Q"));

    private AuditCheck() {
    }

    /** Presses the button and returns the message the page shows. */
    public static String verifyAsAdmin(RunningApp app) {
        WebClient admin = Sessions.of(app, DemoAccount.ADMIN);
        Page audit = admin.open("/admin/audit.xhtml");
        assertEquals(200, audit.status());
        HttpResponse<String> pressed = admin.submit(audit, "verifyForm", "verifyForm:verify", Map.of());
        Page answer = admin.follow(pressed);
        // The audit page lists case codes (who looked at which case) but never a case's content.
        assertFalse(answer.response().body().contains("v1:"), "no case content, not even encrypted");
        return answer.messages();
    }
}
