package vn.tincay.audit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.CasePage;
import vn.tincay.incident.it.Db;
import vn.tincay.incident.it.Report;
import vn.tincay.incident.it.Sessions;
import vn.tincay.incident.it.Texts;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;
import vn.tincay.it.WebClient.Page;

/**
 * The audit log stays a verifiable chain through case work, and the administrator's check finds a
 * row changed behind the application's back – at that row. The tampered row is put back afterwards,
 * so the chain is whole again for every other test.
 */
@ExtendWith(TinCayServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditChainTamperIT {

    /** "The chain is intact: {0} rows checked", with the number as the server formats it. */
    private static final Pattern INTACT = Pattern.compile(Pattern.quote(Texts.vi("admin.audit.intact", "@@"))
            .replace("@@", "\\E(\\d[\\d.,]*)\\Q"));

    private static RunningApp app;
    private static Api.Filed filed;

    @BeforeAll
    static void doSomeCaseWork(RunningApp runningApp) {
        app = runningApp;
        filed = Api.as(app, DemoAccount.STAFF1).file(Report.incident().urgent().yes("physicalAssault")
                .survivor("Mai Thị Chuỗi Nhật Ký", 12));
        Api coordinator = Api.as(app, DemoAccount.COORDINATOR);
        assertEquals(200, coordinator.get("/api/v1/incidents/" + filed.id() + "/identity").status());
        int version = ((Number) coordinator.detail(filed.id()).get("version")).intValue();
        assertEquals(204, coordinator.post("/api/v1/incidents/" + filed.id() + "/status",
                Map.of("version", version, "status", "VERIFYING")).status());
    }

    /** Presses the administrator's "verify the chain" button and returns the message it shows. */
    private static String verifyAsAdmin() {
        WebClient admin = Sessions.of(app, DemoAccount.ADMIN);
        Page audit = admin.open("/admin/audit.xhtml");
        assertEquals(200, audit.status());
        HttpResponse<String> pressed = admin.submit(audit, "verifyForm", "verifyForm:verify", Map.of());
        Page answer = admin.follow(pressed);
        // The audit page lists case codes (who looked at which case) but never a case's content.
        assertFalse(answer.response().body().contains("v1:"), "no case content, not even encrypted");
        return answer.messages();
    }

    @Test
    @Order(1)
    void afterCaseWorkTheAdministratorsCheckFindsTheChainIntact() {
        long rows = Db.number(app, "SELECT COUNT(*) FROM audit_event");

        String message = verifyAsAdmin();

        Matcher intact = INTACT.matcher(message);
        assertTrue(intact.matches(), message);
        long checked = Long.parseLong(intact.group(1).replaceAll("\\D", ""));
        assertTrue(checked >= rows, "checked " + checked + " of at least " + rows + " rows");
    }

    @Test
    @Order(2)
    void aRowChangedInTheDatabaseIsReportedAsBrokenAtThatRow() {
        Map<String, Object> row = Db.rows(app, "SELECT id, detail FROM audit_event WHERE action = 'STATUS_CHANGED' "
                + "AND case_code = ?", filed.caseCode()).get(0);
        long id = ((Number) row.get("id")).longValue();
        Object detail = row.get("detail");
        assertEquals(1, Db.update(app, "UPDATE audit_event SET detail = ? WHERE id = ?", "REPORTED -> CLOSED", id));
        String message;
        try {
            message = verifyAsAdmin();
        } finally {
            Db.update(app, "UPDATE audit_event SET detail = ? WHERE id = ?", detail, id);
        }

        assertEquals(Texts.vi("admin.audit.broken.content", id), message);
        String again = verifyAsAdmin();
        assertTrue(INTACT.matcher(again).matches(), "whole again once the row is put back: " + again);
    }
}
