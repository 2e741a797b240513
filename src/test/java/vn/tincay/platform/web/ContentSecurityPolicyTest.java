package vn.tincay.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** PrimeFaces' policy for Faces pages and the filter's policy for everything else must be the same. */
class ContentSecurityPolicyTest {

    private static String primeFacesPolicy;
    private static String primeFacesCsp;

    @BeforeAll
    static void readWebXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document webXml = factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        var xpath = XPathFactory.newInstance().newXPath();
        primeFacesPolicy = xpath.evaluate(
                "/web-app/context-param[param-name='primefaces.CSP_POLICY']/param-value", webXml).trim();
        primeFacesCsp = xpath.evaluate(
                "/web-app/context-param[param-name='primefaces.CSP']/param-value", webXml).trim();
    }

    @Test
    void primeFacesAddsItsNonceBasedPolicy() {
        assertEquals("true", primeFacesCsp);
    }

    @Test
    void facesPagesAndOtherResponsesGetTheSamePolicy() {
        assertEquals(SecurityHeadersFilter.DEFAULT_POLICY, primeFacesPolicy);
    }

    @Test
    void scriptSrcComesLastSoPrimeFacesCanAppendItsNonce() {
        String[] directives = primeFacesPolicy.split(";");
        String last = directives[directives.length - 1].trim();

        assertTrue(last.startsWith("script-src "), last);
        assertFalse(last.contains("'unsafe-inline'"), last);
        assertFalse(last.contains("'unsafe-eval'"), last);
    }

    @Test
    void noPageMayBeFramed() {
        assertTrue(primeFacesPolicy.contains("frame-ancestors 'none'"), primeFacesPolicy);
    }
}
