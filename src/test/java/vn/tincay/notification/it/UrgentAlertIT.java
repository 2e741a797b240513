package vn.tincay.notification.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * An urgent incident alerts the district's coordinators at once in the app: a notification row,
 * the unread count in the header, the notifications page with the case code – and nothing that
 * identifies the survivor. (The shared test server has no SMTP server; the e-mail is covered by the
 * notification unit tests.)
 */
@ExtendWith(TinCayServer.class)
class UrgentAlertIT {

    private static final String NAME = "Võ Thị Khẩn Cấp Báo Động";

    private static RunningApp app;
    private static long coordinatorId;
    private static Api.Filed urgent;
    private static Api.Filed notUrgent;

    @BeforeAll
    static void fileAnUrgentAndAnOrdinaryIncident(RunningApp runningApp) {
        app = runningApp;
        coordinatorId = Db.accountId(app, DemoAccount.COORDINATOR.username());
        Api teacher = Api.as(app, DemoAccount.STAFF1);
        urgent = teacher.file(Report.incident().urgent().yes("physicalAssault").survivor(NAME, 11)
                .narrative("Em bị đánh ở cổng trường, đang gặp nguy hiểm."));
        notUrgent = teacher.file(Report.incident().yes("psychological").age(15));
    }

    private static List<Map<String, Object>> notificationsOf(long incidentId) {
        return Db.rows(app, "SELECT recipient_id, kind, case_code, read_at FROM notification WHERE incident_id = ?",
                incidentId);
    }

    @Test
    void filingAnUrgentIncidentWritesAnUnreadNotificationForTheCoordinator() {
        List<Map<String, Object>> rows = notificationsOf(urgent.id());

        assertEquals(1, rows.size(), rows::toString);
        Map<String, Object> row = rows.get(0);
        assertAll(
                () -> assertEquals(coordinatorId, ((Number) row.get("recipient_id")).longValue()),
                () -> assertEquals("URGENT_INCIDENT", row.get("kind")),
                () -> assertEquals(urgent.caseCode(), row.get("case_code")),
                () -> assertNull(row.get("read_at"), "unread"),
                () -> assertEquals(1, Db.number(app, "SELECT COUNT(*) FROM audit_event WHERE action = 'URGENT_ALERT_SENT' "
                        + "AND case_code = ?", urgent.caseCode()), "the alert is audited"));
    }

    @Test
    void anOrdinaryIncidentAlertsNobody() {
        assertTrue(notificationsOf(notUrgent.id()).isEmpty());
    }

    @Test
    void theCoordinatorsHeaderCountsUnreadNotificationsAndTheirPageShowsTheCaseWithoutIdentity() {
        WebClient coordinator = Sessions.of(app, DemoAccount.COORDINATOR);

        Page home = coordinator.open(DemoAccount.COORDINATOR.home());
        Page notifications = coordinator.open("/district/notifications.xhtml");

        Element bell = home.document().getElementById("notificationBell");
        assertNotNull(bell, "the header has the notification bell");
        Element count = bell.selectFirst(".tc-bell-count");
        assertNotNull(count);
        assertTrue(count.hasClass("tc-bell-unread") && Integer.parseInt(count.text().trim()) >= 1, bell.outerHtml());
        String list = CasePage.text(notifications, "notificationList");
        assertTrue(list.contains(urgent.caseCode()), list);
        assertTrue(list.contains(Texts.vi("notification.kind.URGENT_INCIDENT")), list);
        assertFalse(list.contains(notUrgent.caseCode()), "only urgent incidents alert");
        String page = notifications.response().body();
        assertAll(List.of(NAME, "Khẩn Cấp Báo Động", "đang gặp nguy hiểm").stream()
                .map(identity -> () -> assertFalse(page.contains(identity), "\"" + identity + "\" on the page")));
    }

    @Test
    void theNotificationIsForTheDistrictsCoordinatorsOnlyNotForSchoolStaff() {
        WebClient teacher = Sessions.of(app, DemoAccount.STAFF1);

        Page home = teacher.open(DemoAccount.STAFF1.home());

        assertNull(home.document().getElementById("notificationBell"));
        assertEquals(403, teacher.get("/district/notifications.xhtml").statusCode());
    }
}
