package vn.tincay.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Sign-ins in progress: the password was right, and (for accounts with a second factor) the code
 * is still to come. The container signs the user in only with a completed ticket, once. Tickets live
 * a few minutes in the database ({@code sign_in_ticket}), so any node of a cluster can take the code
 * and finish a sign-in another node began; only a hash of each ticket is stored.
 */
@ApplicationScoped
@Transactional
public class SignInTickets {

    public static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int PURGE_BATCH = 20;

    /** One sign-in in progress. */
    public record Ticket(String username, Role role, boolean complete) {
    }

    @PersistenceContext
    private EntityManager em;

    /** A new ticket; complete when no second factor is needed. */
    public String issue(String username, Role role, boolean complete, Instant now) {
        purgeExpired(now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("INSERT INTO sign_in_ticket (ticket_hash, username, role, complete, expires_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, hash(id)).setParameter(2, username).setParameter(3, role.name())
                .setParameter(4, complete).setParameter(5, utc(now.plus(LIFETIME)))
                .executeUpdate();
        return id;
    }

    /** The ticket while it lives. */
    public Optional<Ticket> find(String id, Instant now) {
        if (id == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT username, role, complete FROM sign_in_ticket "
                        + "WHERE ticket_hash = ?1 AND expires_at >= ?2")
                .setParameter(1, hash(id)).setParameter(2, utc(now)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        return Optional.of(new Ticket((String) row[0], Role.valueOf((String) row[1]), truth(row[2])));
    }

    public void complete(String id) {
        em.createNativeQuery("UPDATE sign_in_ticket SET complete = 1 WHERE ticket_hash = ?1")
                .setParameter(1, hash(id)).executeUpdate();
    }

    public void drop(String id) {
        if (id != null) {
            em.createNativeQuery("DELETE FROM sign_in_ticket WHERE ticket_hash = ?1").setParameter(1, hash(id))
                    .executeUpdate();
        }
    }

    /** Takes a completed ticket, once: of two redemptions of the same ticket, even on two nodes, one finds it. */
    public Optional<Ticket> redeem(String id, Instant now) {
        Optional<Ticket> ticket = find(id, now).filter(Ticket::complete);
        if (ticket.isEmpty()) {
            return Optional.empty();
        }
        int taken = em.createNativeQuery("DELETE FROM sign_in_ticket WHERE ticket_hash = ?1 AND complete = 1")
                .setParameter(1, hash(id)).executeUpdate();
        return taken == 1 ? ticket : Optional.empty();
    }

    /**
     * Deletes expired tickets one by one, by key. A single range delete on the expiry would lock the gap
     * where every new ticket is inserted, so two people signing in at once would deadlock each other.
     */
    private void purgeExpired(Instant now) {
        @SuppressWarnings("unchecked")
        List<String> expired = em.createNativeQuery("SELECT ticket_hash FROM sign_in_ticket WHERE expires_at < ?1 "
                        + "ORDER BY ticket_hash LIMIT " + PURGE_BATCH)
                .setParameter(1, utc(now)).getResultList();
        for (String hash : expired) {
            em.createNativeQuery("DELETE FROM sign_in_ticket WHERE ticket_hash = ?1 AND expires_at < ?2")
                    .setParameter(1, hash).setParameter(2, utc(now)).executeUpdate();
        }
    }

    static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
