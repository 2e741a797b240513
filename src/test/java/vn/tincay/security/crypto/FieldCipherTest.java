package vn.tincay.security.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final String NAME = "Nguyễn Thị Lan Demo";

    private static String key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void encryptedTextRoundTripsAndNamesItsKey() {
        FieldCipher cipher = new FieldCipher(DataKeys.parse("k1:" + key(1), null));
        String stored = cipher.encrypt(NAME, "survivor.name");
        assertTrue(stored.startsWith("v1:k1:"));
        assertFalse(stored.contains("Lan"));
        assertEquals(NAME, cipher.decrypt(stored, "survivor.name"));
    }

    @Test
    void theSameTextEncryptsDifferentlyEachTime() {
        FieldCipher cipher = new FieldCipher(DataKeys.parse("k1:" + key(1), null));
        assertNotEquals(cipher.encrypt(NAME, "p"), cipher.encrypt(NAME, "p"));
    }

    @Test
    void anAlteredValueOrAnotherPurposeDoesNotDecrypt() {
        FieldCipher cipher = new FieldCipher(DataKeys.parse("k1:" + key(1), null));
        String stored = cipher.encrypt(NAME, "survivor.name");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored, "guardian.name"));
        char[] chars = stored.toCharArray();
        chars[chars.length - 3] = chars[chars.length - 3] == 'A' ? 'B' : 'A';
        IllegalStateException altered = assertThrows(IllegalStateException.class,
                () -> cipher.decrypt(new String(chars), "survivor.name"));
        assertFalse(altered.getMessage().contains("Lan"));
    }

    @Test
    void afterRotationOldValuesStillDecryptAndNewOnesUseTheNewKey() {
        FieldCipher before = new FieldCipher(DataKeys.parse("k1:" + key(1), null));
        String old = before.encrypt(NAME, "p");
        FieldCipher after = new FieldCipher(DataKeys.parse("k2:" + key(2) + ",k1:" + key(1), null));
        assertEquals(NAME, after.decrypt(old, "p"));
        assertEquals("k2", FieldCipher.keyIdOf(after.encrypt(NAME, "p")));
    }

    @Test
    void filesRoundTripEncrypted() {
        FieldCipher cipher = new FieldCipher(DataKeys.parse("k1:" + key(1), null));
        byte[] content = "%PDF-1.4 bằng chứng".getBytes(StandardCharsets.UTF_8);
        byte[] stored = cipher.encryptBytes(content, "attachment");
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("PDF"));
        assertArrayEquals(content, cipher.decryptBytes(stored, "attachment"));
    }

    @Test
    void malformedKeysAreRefusedWithoutShowingThem() {
        IllegalArgumentException shortKey = assertThrows(IllegalArgumentException.class,
                () -> DataKeys.parse("k1:" + Base64.getEncoder().encodeToString(new byte[16]), null));
        assertTrue(shortKey.getMessage().contains("32 bytes"));
        assertThrows(IllegalArgumentException.class, () -> DataKeys.parse("", null));
        assertThrows(IllegalArgumentException.class, () -> DataKeys.parse("no-colon", null));
        assertThrows(IllegalArgumentException.class, () -> DataKeys.parse("k1:" + key(1) + ",k1:" + key(2), null));
    }

    @Test
    void aGeneratedSettingIsAValidKey() {
        String setting = DataKeys.generateSetting(new SecureRandom());
        assertEquals("k1", DataKeys.parse(setting, null).activeId());
    }
}
