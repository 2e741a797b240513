package vn.tincay.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-ins in progress: the password was right, and (for accounts with a second factor) the code
 * is still to come. The container signs the user in only with a completed ticket, once; tickets
 * live a few minutes in this server's memory and are never written anywhere.
 */
@ApplicationScoped
public class SignInTickets {

    public static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One sign-in in progress. */
    public record Ticket(String username, Role role, boolean complete, Instant expires) {

        Ticket completed() {
            return new Ticket(username, role, true, expires);
        }
    }

    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

    /** A new ticket; complete when no second factor is needed. */
    public String issue(String username, Role role, boolean complete, Instant now) {
        tickets.values().removeIf(t -> t.expires().isBefore(now));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tickets.put(id, new Ticket(username, role, complete, now.plus(LIFETIME)));
        return id;
    }

    /** The ticket while it lives. */
    public Optional<Ticket> find(String id, Instant now) {
        Ticket ticket = id == null ? null : tickets.get(id);
        return ticket == null || ticket.expires().isBefore(now) ? Optional.empty() : Optional.of(ticket);
    }

    public void complete(String id) {
        tickets.computeIfPresent(id, (key, ticket) -> ticket.completed());
    }

    public void drop(String id) {
        if (id != null) {
            tickets.remove(id);
        }
    }

    /** Takes a completed ticket, once: a second redemption of the same ticket finds nothing. */
    public Optional<Ticket> redeem(String id, Instant now) {
        if (id == null) {
            return Optional.empty();
        }
        Ticket ticket = tickets.remove(id);
        return ticket == null || !ticket.complete() || ticket.expires().isBefore(now)
                ? Optional.empty() : Optional.of(ticket);
    }
}
