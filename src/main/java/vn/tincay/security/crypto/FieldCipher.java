package vn.tincay.security.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for survivor identity, narratives and attachments. A text value is stored as
 * {@code v1:<key id>:<Base64(iv | ciphertext | tag)>}, so any value names the key that opens it.
 * The purpose (e.g. "survivor.name") is bound as associated data: a value copied into another
 * field does not decrypt.
 */
public final class FieldCipher {

    /**
     * What every free-text field of a case (identity, narrative, coordination, referrals, notes) is
     * encrypted for; JPA columns get it through {@link EncryptedTextConverter}, plain JDBC code
     * (migrations, bulk generators) through {@link #encryptField} and {@link #decryptField}.
     */
    public static final String CASE_FIELD = "tincay.field";

    private static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final DataKeys keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(DataKeys keys) {
        this.keys = keys;
    }

    public String encrypt(String plaintext, String purpose) {
        if (plaintext == null) {
            return null;
        }
        byte[] sealed = seal(plaintext.getBytes(StandardCharsets.UTF_8), keys.activeId(), purpose);
        return VERSION + ":" + keys.activeId() + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    public String decrypt(String stored, String purpose) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("Encrypted value in an unknown format");
        }
        byte[] opened = open(Base64.getDecoder().decode(parts[2]), parts[1], purpose);
        return new String(opened, StandardCharsets.UTF_8);
    }

    /** Encrypts a free-text field of a case, as the JPA converter does. */
    public String encryptField(String plaintext) {
        return encrypt(plaintext, CASE_FIELD);
    }

    public String decryptField(String stored) {
        return decrypt(stored, CASE_FIELD);
    }

    /** Whether a stored value is in this cipher's format (as opposed to text written before encryption). */
    public static boolean isEncrypted(String stored) {
        if (stored == null) {
            return false;
        }
        String[] parts = stored.split(":", 3);
        return parts.length == 3 && VERSION.equals(parts[0]) && parts[1].matches("[A-Za-z0-9_-]{1,16}")
                && parts[2].matches("[A-Za-z0-9+/]+={0,2}");
    }

    /** Binary form for files: key id length, key id, iv, ciphertext and tag. */
    public byte[] encryptBytes(byte[] plaintext, String purpose) {
        byte[] id = keys.activeId().getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = seal(plaintext, keys.activeId(), purpose);
        return ByteBuffer.allocate(1 + id.length + sealed.length).put((byte) id.length).put(id).put(sealed).array();
    }

    public byte[] decryptBytes(byte[] stored, String purpose) {
        int idLength = stored[0];
        String id = new String(stored, 1, idLength, StandardCharsets.US_ASCII);
        byte[] sealed = new byte[stored.length - 1 - idLength];
        System.arraycopy(stored, 1 + idLength, sealed, 0, sealed.length);
        return open(sealed, id, purpose);
    }

    /** Which key encrypted a stored text value; used when re-encrypting under a new key. */
    public static String keyIdOf(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":", 3);
        return parts.length == 3 ? parts[1] : null;
    }

    private byte[] seal(byte[] plaintext, String keyId, String purpose) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.byId(keyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(IV_BYTES + ciphertext.length).put(iv).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    private byte[] open(byte[] sealed, String keyId, String purpose) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys.byId(keyId), new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            // No detail: the message must never carry data.
            throw new IllegalStateException("Decryption failed (wrong key or altered value)");
        }
    }
}
