package vn.tincay.security.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list of 256-bit keys by id, as configured: {@code "k2:BASE64,k1:BASE64"}. The first key is the
 * active one (new values use it); all of them stay usable for what older keys protected, so a key
 * can be rotated by putting a new one first.
 */
public final class KeyRing {

    public static final int KEY_BYTES = 32;

    private final String setting;
    private final Map<String, byte[]> keysById;

    private KeyRing(String setting, Map<String, byte[]> keysById) {
        this.setting = setting;
        this.keysById = Collections.unmodifiableMap(keysById);
    }

    /**
     * @param name the setting's name, for messages
     * @throws IllegalArgumentException with a message that names the problem but never the key
     */
    public static KeyRing parse(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : value.split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length != 2 || !parts[0].matches("[A-Za-z0-9_-]{1,16}")) {
                throw new IllegalArgumentException(name + " entries must look like id:BASE64");
            }
            if (keys.put(parts[0], decode(parts[1], name)) != null) {
                throw new IllegalArgumentException(name + " names key id " + parts[0] + " twice");
            }
        }
        return new KeyRing(name, keys);
    }

    /** A new random one-key setting with the given id, for the embedded demo. */
    public static String generateSetting(String id, SecureRandom random) {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return id + ":" + Base64.getEncoder().encodeToString(bytes);
    }

    /** A single Base64 key of 32 bytes. */
    public static byte[] decode(String base64, String name) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not valid Base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(name + " keys must be 32 bytes (256 bits)");
        }
        return bytes;
    }

    public String activeId() {
        return keysById.keySet().iterator().next();
    }

    /** The key material of an id; the caller wraps it for its algorithm. */
    public byte[] material(String id) {
        byte[] key = keysById.get(id);
        if (key == null) {
            throw new IllegalStateException("No key with id " + id + " is configured in " + setting);
        }
        return key.clone();
    }

    public boolean has(String id) {
        return keysById.containsKey(id);
    }

    /** Ids from the active (newest) to the oldest. */
    public Iterable<String> ids() {
        return keysById.keySet();
    }
}
