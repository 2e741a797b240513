package vn.tincay.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VietnamTimeConverterTest {

    @Test
    void timesAreShownInVietnamWhichIsSevenHoursAheadOfUtc() {
        assertEquals("01/01/2026 06:30",
                new VietnamTimeConverter().getAsString(null, null, Instant.parse("2025-12-31T23:30:00Z")));
    }

    @Test
    void noTimeShowsNothing() {
        assertEquals("", new VietnamTimeConverter().getAsString(null, null, null));
    }

    @Test
    void itIsForDisplayOnly() {
        assertThrows(ConverterException.class, () -> new VietnamTimeConverter().getAsObject(null, null, "01/01/2026"));
    }
}
