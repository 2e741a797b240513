package vn.tincay.security.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Encrypts a text attribute on its way to the database and decrypts it on the way back. Entities
 * hold plain text in memory only; the column only ever holds {@code v1:<key id>:...}.
 */
@Converter
public class EncryptedTextConverter implements AttributeConverter<String, String> {

    /** The purpose free text of a case is encrypted under (also for bulk writers outside JPA). */
    public static final String PURPOSE = FieldCipher.CASE_FIELD;

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return plaintext == null ? null : Confidentiality.current().cipher().encryptField(plaintext);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : Confidentiality.current().cipher().decryptField(stored);
    }
}
