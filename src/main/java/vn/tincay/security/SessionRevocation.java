package vn.tincay.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * "Sessions of this account signed in before this time are over", written where an account is
 * disabled, its password reset or its role changed, and read by every node of a cluster
 * ({@link SessionRegistry}).
 */
@Entity
@Table(name = "session_revocation")
public class SessionRevocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    /** SHA-256 of the one session that stays (the user's own, changing their password), or null. */
    @Column(name = "keep_session_hash", length = 64)
    private String keepSessionHash;

    @Column(name = "revoked_at", nullable = false)
    private Instant revokedAt;

    protected SessionRevocation() {
    }

    SessionRevocation(String username, String keepSessionHash, Instant revokedAt) {
        this.username = username;
        this.keepSessionHash = keepSessionHash;
        this.revokedAt = revokedAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getKeepSessionHash() {
        return keepSessionHash;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
