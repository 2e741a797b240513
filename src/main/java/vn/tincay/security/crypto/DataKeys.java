package vn.tincay.security.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that protect survivor data, parsed from {@code TINCAY_DATA_KEY}:
 * {@code "k2:BASE64,k1:BASE64"} – 256-bit AES keys by id, the first one encrypts, all of them
 * decrypt (so keys can rotate: put the new key first, keep the old ones until re-encrypted).
 * The key for the name search index is {@code TINCAY_INDEX_KEY} when set, else derived from the
 * oldest data key, so that adding a new data key does not change any search hash.
 */
public final class DataKeys {

    private final String activeId;
    private final Map<String, SecretKey> keysById;
    private final SecretKey indexKey;

    private DataKeys(String activeId, Map<String, SecretKey> keysById, SecretKey indexKey) {
        this.activeId = activeId;
        this.keysById = Collections.unmodifiableMap(keysById);
        this.indexKey = indexKey;
    }

    /**
     * @throws IllegalArgumentException with a message that names the problem but never the key
     */
    public static DataKeys parse(String dataKeySetting, String indexKeySetting) {
        KeyRing ring = KeyRing.parse(dataKeySetting, "TINCAY_DATA_KEY");
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String oldest = null;
        for (String id : ring.ids()) {
            keys.put(id, new SecretKeySpec(ring.material(id), "AES"));
            oldest = id;
        }
        byte[] indexBytes = indexKeySetting == null || indexKeySetting.isBlank()
                ? derive(ring.material(oldest), "tincay-name-index-v1")
                : KeyRing.decode(indexKeySetting, "TINCAY_INDEX_KEY");
        return new DataKeys(ring.activeId(), keys, new SecretKeySpec(indexBytes, "HmacSHA256"));
    }

    /** A new random key setting, for the embedded demo, which keeps it in its data folder. */
    public static String generateSetting(java.security.SecureRandom random) {
        return KeyRing.generateSetting("k1", random);
    }

    private static byte[] derive(byte[] key, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    public String activeId() {
        return activeId;
    }

    public SecretKey active() {
        return keysById.get(activeId);
    }

    public SecretKey byId(String id) {
        SecretKey key = keysById.get(id);
        if (key == null) {
            throw new IllegalStateException("No data key with id " + id + " is configured");
        }
        return key;
    }

    public SecretKey indexKey() {
        return indexKey;
    }
}
