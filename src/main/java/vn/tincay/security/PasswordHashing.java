package vn.tincay.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations (OWASP 2023), through Jakarta Security's own
 * implementation. Each stored hash carries its algorithm, iterations and salt, so raising the
 * iterations later still verifies old hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final int ITERATIONS = 210_000;

    @Inject
    private Pbkdf2PasswordHash hash;

    /** Verified against when the user does not exist, so both answers take the same time. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate("decoy-password-never-used".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time a real verification takes, for unknown users. */
    public void verifyDecoy(String password) {
        hash.verify(password.toCharArray(), decoy);
    }
}
