package vn.tincay.incident;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tincay.security.Caller;

/**
 * Which searched word a name search starts from ({@link IncidentListQuery.Words}), kept for a few minutes
 * per user and set of searched words: paging and sorting through one search then skip the statement that
 * weighs the words (a third of the search's SQL at 1,000,000 cases). The choice only decides the plan,
 * never which cases match, so a choice made a few minutes ago is as right as a new one.
 *
 * <p>Kept per user, not shared: nobody can tell from the speed of her own search whether someone else
 * searched the same name. Only keyed word hashes are held, never a name; the oldest choices give way
 * beyond {@link #MAX_CHOICES}.
 */
@ApplicationScoped
public class SearchWordChoices {

    static final Duration KEPT = Duration.ofMinutes(5);
    static final int MAX_CHOICES = 2_000;

    private record Key(Caller caller, Set<String> wordHashes) {
    }

    private record Choice(IncidentListQuery.Words words, Instant until) {
    }

    private final Clock clock;
    private final Map<Key, Choice> choices = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Choice> eldest) {
            return size() > MAX_CHOICES;
        }
    };

    public SearchWordChoices() {
        this(Clock.systemUTC());
    }

    SearchWordChoices(Clock clock) {
        this.clock = clock;
    }

    /** The choice made for this user and these words within the last {@link #KEPT}, if any. */
    synchronized Optional<IncidentListQuery.Words> recent(Caller caller, Set<String> wordHashes) {
        Key key = new Key(caller, Set.copyOf(wordHashes));
        Choice choice = choices.get(key);
        if (choice == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(choice.until())) {
            choices.remove(key);
            return Optional.empty();
        }
        return Optional.of(choice.words());
    }

    synchronized void remember(Caller caller, Set<String> wordHashes, IncidentListQuery.Words words) {
        choices.put(new Key(caller, Set.copyOf(wordHashes)), new Choice(words, clock.instant().plus(KEPT)));
    }

    synchronized int size() {
        return choices.size();
    }
}
