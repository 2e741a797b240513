package vn.tincay.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import vn.tincay.security.crypto.EncryptedTextConverter;

/**
 * Who the survivor is: the most sensitive data in the system. Every field is encrypted in the
 * database, is shown only to need-to-know roles, and every look at it is audited.
 */
@Embeddable
public class SurvivorIdentity implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME = 200;
    public static final int CLASS_NAME = 50;
    public static final int ADDRESS = 300;
    public static final int PHONE = 32;

    @Size(max = NAME)
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "survivor_name_enc", length = 1024)
    private String fullName;

    /** ISO date (yyyy-MM-dd), kept as text so it can be encrypted like the rest. */
    @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$")
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "survivor_birth_date_enc", length = 256)
    private String birthDate;

    @Size(max = CLASS_NAME)
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "survivor_class_enc", length = 512)
    private String className;

    @Size(max = ADDRESS)
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "survivor_address_enc", length = 2048)
    private String address;

    @Size(max = NAME)
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "guardian_name_enc", length = 1024)
    private String guardianName;

    @Size(max = PHONE)
    @Pattern(regexp = "^[0-9 +().-]*$")
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "guardian_phone_enc", length = 512)
    private String guardianPhone;

    public SurvivorIdentity() {
    }

    public SurvivorIdentity(String fullName, String birthDate, String className, String address,
                            String guardianName, String guardianPhone) {
        this.fullName = fullName;
        this.birthDate = birthDate;
        this.className = className;
        this.address = address;
        this.guardianName = guardianName;
        this.guardianPhone = guardianPhone;
    }

    public String getFullName() {
        return fullName;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public String getClassName() {
        return className;
    }

    public String getAddress() {
        return address;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public String getGuardianPhone() {
        return guardianPhone;
    }
}
