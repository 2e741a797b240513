package vn.tincay.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.security.crypto.KeyRing;
import vn.tincay.security.crypto.SecretSettings;

/**
 * The secret keys of the audit log's MACs, from {@code TINCAY_AUDIT_KEY} ({@code "a2:BASE64,a1:BASE64"}:
 * the first signs new rows, every listed key still verifies the rows it signed). The key is never
 * stored in the database, so someone who can write to the database can change rows but cannot
 * compute the MACs that would hide the change. The embedded demo creates its own key in its data
 * folder.
 */
@ApplicationScoped
public class AuditKeys {

    static final String DEMO_KEY_FILE = "audit.key";

    @Inject
    @ConfigProperty(name = "tincay.audit-key")
    Optional<String> auditKey;

    @Inject
    SecretSettings secrets;

    private KeyRing keys;

    @PostConstruct
    void load() {
        keys = KeyRing.parse(secrets.secret(auditKey, "TINCAY_AUDIT_KEY", DEMO_KEY_FILE,
                () -> KeyRing.generateSetting("a1", new SecureRandom())), "TINCAY_AUDIT_KEY");
    }

    /** For tests and tools: keys from a setting, outside CDI. */
    static AuditKeys of(String setting) {
        AuditKeys auditKeys = new AuditKeys();
        auditKeys.keys = KeyRing.parse(setting, "TINCAY_AUDIT_KEY");
        return auditKeys;
    }

    String activeId() {
        return keys.activeId();
    }

    boolean has(String keyId) {
        return keys.has(keyId);
    }

    /** HMAC-SHA256 of the text with the given key, in hex. */
    String mac(String keyId, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.material(keyId), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
