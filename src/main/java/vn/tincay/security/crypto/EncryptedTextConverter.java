package vn.tincay.security.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Encrypts a text attribute on its way to the database and decrypts it on the way back. Entities
 * hold plain text in memory only; the column only ever holds {@code v1:<key id>:...}.
 */
@Converter
public class EncryptedTextConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return plaintext == null ? null : Confidentiality.current().cipher().encryptField(plaintext);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : Confidentiality.current().cipher().decryptField(stored);
    }
}
