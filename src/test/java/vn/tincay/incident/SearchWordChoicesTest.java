package vn.tincay.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tincay.security.Caller;
import vn.tincay.security.Role;

class SearchWordChoicesTest {

    private static final Caller COORDINATOR =
            new Caller(7, "coordinator", Role.DISTRICT_COORDINATOR, null, 1L, null, 1L);
    private static final Caller OTHER = new Caller(8, "coordinator2", Role.DISTRICT_COORDINATOR, null, 1L, null, 1L);
    private static final IncidentListQuery.Words LAN_DRIVES =
            new IncidentListQuery.Words(null, "h-lan", List.of("h-lan", "h-thi"), true);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T02:00:00Z"));
    private final SearchWordChoices choices = new SearchWordChoices(clock);

    @Test
    void aUsersChoiceIsKeptForTheSameWordsInAnyOrderForFiveMinutes() {
        choices.remember(COORDINATOR, Set.of("h-thi", "h-lan"), LAN_DRIVES);

        assertEquals(Optional.of(LAN_DRIVES), choices.recent(COORDINATOR, Set.of("h-lan", "h-thi")));
        assertEquals(Optional.empty(), choices.recent(COORDINATOR, Set.of("h-lan")), "other words");
        clock.advance(SearchWordChoices.KEPT.minusSeconds(1));
        assertEquals(Optional.of(LAN_DRIVES), choices.recent(COORDINATOR, Set.of("h-thi", "h-lan")));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), choices.recent(COORDINATOR, Set.of("h-thi", "h-lan")), "expired");
        assertEquals(0, choices.size(), "an expired choice is forgotten");
    }

    @Test
    void anotherUserSearchingTheSameWordsIsNotServedTheFirstUsersChoice() {
        choices.remember(COORDINATOR, Set.of("h-lan", "h-thi"), LAN_DRIVES);

        assertEquals(Optional.empty(), choices.recent(OTHER, Set.of("h-lan", "h-thi")));
    }

    @Test
    void theOldestChoicesGiveWayBeyondTheBound() {
        for (int i = 0; i <= SearchWordChoices.MAX_CHOICES; i++) {
            choices.remember(COORDINATOR, Set.of("h-" + i), LAN_DRIVES);
        }

        assertEquals(SearchWordChoices.MAX_CHOICES, choices.size());
        assertTrue(choices.recent(COORDINATOR, Set.of("h-0")).isEmpty(), "the oldest went");
        assertTrue(choices.recent(COORDINATOR, Set.of("h-" + SearchWordChoices.MAX_CHOICES)).isPresent());
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
