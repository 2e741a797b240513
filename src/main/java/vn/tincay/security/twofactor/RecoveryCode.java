package vn.tincay.security.twofactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * A one-time recovery code of an account, for when the phone with the authenticator app is lost.
 * Only a salted SHA-256 hash is stored: the codes are random (about 80 bits), so a fast hash is
 * enough to make the stored rows useless to whoever reads the database.
 */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = 24)
    private String salt;

    @Column(name = "code_hash", nullable = false, length = 44)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(long accountId, String code, Instant now) {
        byte[] saltBytes = new byte[16];
        RANDOM.nextBytes(saltBytes);
        this.accountId = accountId;
        this.salt = Base64.getEncoder().encodeToString(saltBytes);
        this.codeHash = hash(salt, code);
        this.createdAt = now;
    }

    /** Whether the typed code is this one (ignoring case, spaces and dashes) and still unused. */
    public boolean matches(String typed) {
        return usedAt == null && MessageDigest.isEqual(
                hash(salt, typed).getBytes(StandardCharsets.US_ASCII), codeHash.getBytes(StandardCharsets.US_ASCII));
    }

    public void use(Instant now) {
        this.usedAt = now;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** Whether a typed value has the shape of a recovery code rather than an app code. */
    public static boolean looksLikeRecoveryCode(String typed) {
        return normalise(typed).matches("[a-z0-9]{16}");
    }

    private static String hash(String salt, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Base64.getDecoder().decode(salt));
            return Base64.getEncoder().encodeToString(sha.digest(normalise(code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }
}
