package vn.tincay.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Vietnam's calendar: "today", due dates and case-code years are in Asia/Ho_Chi_Minh. */
public final class LocalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private LocalTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
