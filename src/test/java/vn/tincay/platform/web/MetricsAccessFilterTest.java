package vn.tincay.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsAccessFilterTest {

    private static MetricsAccessFilter withToken(String token) {
        MetricsAccessFilter filter = new MetricsAccessFilter();
        filter.token = Optional.ofNullable(token);
        return filter;
    }

    @Test
    void theConfiguredScraperTokenOpensTheMetrics() {
        assertTrue(withToken("s3cret-scraper-token").hasToken("Bearer s3cret-scraper-token"));
    }

    @Test
    void aWrongMissingOrUnconfiguredTokenDoesNot() {
        assertFalse(withToken("s3cret-scraper-token").hasToken("Bearer guess"));
        assertFalse(withToken("s3cret-scraper-token").hasToken(null));
        assertFalse(withToken("s3cret-scraper-token").hasToken("Basic czNjcmV0"));
        assertFalse(withToken(null).hasToken("Bearer "));
        assertFalse(withToken("  ").hasToken("Bearer   "));
    }
}
