package vn.tincay.security.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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

    private static final int KEY_BYTES = 32;

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
        if (dataKeySetting == null || dataKeySetting.isBlank()) {
            throw new IllegalArgumentException("TINCAY_DATA_KEY is empty");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        List<byte[]> material = new ArrayList<>();
        for (String entry : dataKeySetting.split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length != 2 || !parts[0].matches("[A-Za-z0-9_-]{1,16}")) {
                throw new IllegalArgumentException("TINCAY_DATA_KEY entries must look like id:BASE64");
            }
            byte[] bytes = decode(parts[1], "TINCAY_DATA_KEY");
            if (keys.put(parts[0], new SecretKeySpec(bytes, "AES")) != null) {
                throw new IllegalArgumentException("TINCAY_DATA_KEY names key id " + parts[0] + " twice");
            }
            material.add(bytes);
        }
        byte[] indexBytes = indexKeySetting == null || indexKeySetting.isBlank()
                ? derive(material.get(material.size() - 1), "tincay-name-index-v1")
                : decode(indexKeySetting, "TINCAY_INDEX_KEY");
        return new DataKeys(keys.keySet().iterator().next(), keys, new SecretKeySpec(indexBytes, "HmacSHA256"));
    }

    /** A new random key setting, for the embedded demo, which keeps it in its data folder. */
    public static String generateSetting(java.security.SecureRandom random) {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return "k1:" + Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] decode(String base64, String setting) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not valid Base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(setting + " keys must be 32 bytes (256 bits)");
        }
        return bytes;
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
