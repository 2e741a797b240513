package vn.tincay.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The session settings of web.xml, which the running server does not show from outside. */
class SessionConfigurationTest {

    private static Document webXml;
    private static XPath xpath;

    @BeforeAll
    static void parseWebXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        webXml = factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        xpath = XPathFactory.newInstance().newXPath();
    }

    private static String value(String path) throws Exception {
        return xpath.evaluate(path, webXml).trim();
    }

    @Test
    void aSessionEndsAfterFifteenIdleMinutes() throws Exception {
        assertEquals("15", value("/web-app/session-config/session-timeout"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        assertEquals("true", value("/web-app/session-config/cookie-config/http-only"));
        assertEquals("Strict", value(
                "/web-app/session-config/cookie-config/attribute[attribute-name='SameSite']/attribute-value"));
    }

    @Test
    void sessionsAreTrackedByCookieOnlyNeverInTheUrl() throws Exception {
        assertEquals("1", value("count(/web-app/session-config/tracking-mode)"));
        assertEquals("COOKIE", value("/web-app/session-config/tracking-mode"));
    }

    @Test
    void theFacesProjectStageIsProduction() throws Exception {
        assertEquals("Production",
                value("/web-app/context-param[param-name='jakarta.faces.PROJECT_STAGE']/param-value"));
    }
}
