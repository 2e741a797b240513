package vn.tincay.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginFilterTest {

    private static final String BASE = "https://tincay.example";

    @Test
    void anOriginNamingThisHostOrTheBaseUrlPasses() {
        assertTrue(SameOriginFilter.sameOrigin("http://127.0.0.1:8080", null, "127.0.0.1:8080", BASE));
        assertTrue(SameOriginFilter.sameOrigin("https://tincay.example", null, "10.0.0.5:8080", BASE));
    }

    @Test
    void anotherSiteANullOriginOrACrossSiteFetchIsRefused() {
        assertFalse(SameOriginFilter.sameOrigin("https://evil.example", null, "tincay.example", BASE));
        assertFalse(SameOriginFilter.sameOrigin("null", null, "tincay.example", BASE));
        assertFalse(SameOriginFilter.sameOrigin(null, "cross-site", "tincay.example", BASE));
        assertFalse(SameOriginFilter.sameOrigin("http://tincay.example.evil.example", null, "tincay.example", BASE));
    }

    @Test
    void aRequestWithoutOriginFromOutsideABrowserPasses() {
        assertTrue(SameOriginFilter.sameOrigin(null, null, "tincay.example", BASE));
        assertTrue(SameOriginFilter.sameOrigin(null, "same-origin", "tincay.example", BASE));
    }
}
