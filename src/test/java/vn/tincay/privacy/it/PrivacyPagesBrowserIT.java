package vn.tincay.privacy.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.incident.it.Api;
import vn.tincay.incident.it.Report;
import vn.tincay.incident.it.Screen;
import vn.tincay.incident.it.Texts;
import vn.tincay.it.Browser;
import vn.tincay.it.Browser.Device;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TinCayServer;

/**
 * The new pages of confidentiality, as their users see them on a 360 px phone and a desktop: the
 * survivor's rights and retention (coordinator), the breach register and the audit page
 * (administrator), two-factor sign-in (everyone). Each is screenshot and must not scroll sideways.
 */
@ExtendWith(TinCayServer.class)
class PrivacyPagesBrowserIT {

    @ParameterizedTest(name = "on a {0}")
    @EnumSource(Device.class)
    void theCoordinatorsAndTheAdministratorsPagesFitTheScreen(Device device, RunningApp app) {
        Api.Filed filed = Api.as(app, DemoAccount.STAFF1).file(Report.incident().yes("physicalAssault")
                .survivor("Hồ Thị Màn Hình Demo", 12).consent("BOTH", true, true, false));
        String size = device.name().toLowerCase();
        try (Browser browser = Browser.open(app, device)) {
            Screen screen = new Screen(browser);
            browser.signIn(DemoAccount.COORDINATOR.username(), DemoAccount.PASSWORD);
            browser.go("/incident/view.xhtml?id=" + filed.id());
            browser.screenshot("case-identity-purpose-" + size);
            for (Map.Entry<String, String> page : Map.of(
                    "/incident/rights.xhtml?id=" + filed.id(), "survivor-rights",
                    "/district/retention.xhtml", "retention",
                    "/account/two-factor.xhtml", "two-factor-coordinator").entrySet()) {
                browser.go(page.getKey());
                browser.screenshot(page.getValue() + "-" + size);
                assertAll(page.getKey(),
                        () -> assertTrue(screen.fitsTheScreenWidth(), "no sideways scrolling"),
                        () -> assertTrue(!browser.heading().isBlank(), "a heading"));
            }
            browser.go("/incident/rights.xhtml?id=" + filed.id());
            assertTrue(screen.text().contains(Texts.vi("rights.copy.issue")), "the coordinator hands out the copy");
            browser.signOut();

            browser.signIn(DemoAccount.ADMIN.username(), DemoAccount.PASSWORD);
            for (Map.Entry<String, String> page : Map.of("/admin/breaches.xhtml", "breaches",
                    "/admin/audit.xhtml?case=" + filed.caseCode(), "audit").entrySet()) {
                browser.go(page.getKey());
                browser.screenshot(page.getValue() + "-" + size);
                assertEquals(page.getKey().replaceAll("\\?.*", ""), browser.path());
                assertTrue(screen.fitsTheScreenWidth(), page.getKey() + ": no sideways scrolling");
            }
        }
    }
}
