package vn.tincay.incident.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.it.Browser;
import vn.tincay.it.Browser.Device;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;

/**
 * The coordinator finds a survivor by name typed without diacritics, reveals the identity on the
 * case page – which is audited – and sees that look in the case's access history.
 */
@ExtendWith(TinCayServer.class)
class NameSearchIT {

    private static final String NAME = "Đặng Thị Hoàng Yến";

    private static RunningApp app;
    private static Browser browser;
    private static Screen screen;
    private static Api.Filed yen;
    private static Api.Filed other;

    @BeforeAll
    static void fileTwoCasesAndSignInAsTheCoordinator(RunningApp runningApp) {
        app = runningApp;
        Api teacher = Api.as(app, DemoAccount.STAFF1);
        yen = teacher.file(Report.incident().yes("sexualContact").survivor(NAME, 13).address("Thôn Demo Đông"));
        other = teacher.file(Report.incident().yes("sexualContact").survivor("Bùi Thị Hoàng Anh", 13));
        browser = Browser.open(app, Device.DESKTOP);
        browser.signIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
        screen = new Screen(browser);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String search(String name) {
        browser.go("/incident/list.xhtml");
        screen.click("filterToggle");
        screen.type("filterForm:survivorName", name);
        String before = screen.find("casesForm").getText();
        screen.click("filterForm:search");
        return screen.waitUntil(d -> {
            String now = screen.find("casesForm").getText();
            return now.equals(before) ? null : now;
        });
    }

    @Test
    void theCoordinatorsListFindsTheSurvivorByTheNameTypedWithoutDiacritics() {
        long searchesBefore = Db.number(app, "SELECT COUNT(*) FROM audit_event WHERE actor = 'coordinator' "
                + "AND action = 'IDENTITY_SEARCHED'");

        String found = search("dang thi hoang yen");

        screen.show("casesForm");
        browser.screenshot("name-search-desktop");
        assertTrue(found.contains(yen.caseCode()), found);
        assertFalse(found.contains(other.caseCode()), "another survivor: " + found);
        assertFalse(found.contains(NAME), "the list shows no name");
        assertTrue(Db.number(app, "SELECT COUNT(*) FROM audit_event WHERE actor = 'coordinator' "
                + "AND action = 'IDENTITY_SEARCHED'") > searchesBefore, "the name search is audited");
    }

    @Test
    void aNameWithAWordTheSurvivorDoesNotHaveFindsNothing() {
        String found = search("dang thi hoang yen xuan");

        assertFalse(found.contains(yen.caseCode()), found);
    }

    @Test
    void revealingTheIdentityShowsTheNameWritesTheAuditAndAppearsInTheAccessHistory() {
        browser.go("/incident/view.xhtml?id=" + yen.id());
        assertFalse(screen.text().contains(NAME), "hidden until asked for");

        screen.choose("identityForm:revealPurpose", "VERIFICATION");
        screen.click("identityForm:reveal");
        String identity = screen.waitForText("caseIdentity", NAME);
        assertTrue(identity.contains("Thôn Demo Đông"), identity);

        List<Map<String, Object>> views = Db.rows(app, "SELECT actor_role, ip, detail FROM audit_event WHERE actor = "
                + "'coordinator' AND action = 'IDENTITY_VIEWED' AND case_code = ?", yen.caseCode());
        assertEquals(1, views.size(), views::toString);
        assertEquals("purpose: VERIFICATION", views.get(0).get("detail"), "why, from a list, never typed");
        assertEquals("DISTRICT_COORDINATOR", views.get(0).get("actor_role"));
        assertEquals("127.0.0.1", views.get(0).get("ip"));

        screen.click("accessForm:showAccess");
        String history = screen.waitForText("accessForm:access", Texts.vi("case.auditAction.IDENTITY_VIEWED"));
        screen.show("accessForm");
        browser.screenshot("case-access-history-desktop");
        assertTrue(history.contains(Texts.vi("case.auditAction.INCIDENT_FILED")), history);
        assertTrue(history.contains("coordinator") && history.contains("staff1"), history);
    }
}
