package vn.tincay.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantDisplayConverterTest {

    @Test
    void timesAreShownInVietnamWhichIsSevenHoursAheadOfUtc() {
        assertEquals("01/01/2026 06:30:00",
                new InstantDisplayConverter().getAsString(null, null, Instant.parse("2025-12-31T23:30:00Z")));
    }

    @Test
    void noTimeShowsNothing() {
        assertEquals("", new InstantDisplayConverter().getAsString(null, null, null));
    }
}
