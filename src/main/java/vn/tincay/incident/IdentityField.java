package vn.tincay.incident;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import vn.tincay.platform.UserFacingException;

/** The fields of a survivor's identity that the survivor (or guardian) may have corrected. */
public enum IdentityField {
    FULL_NAME(SurvivorIdentity.NAME),
    BIRTH_DATE(10),
    CLASS_NAME(SurvivorIdentity.CLASS_NAME),
    ADDRESS(SurvivorIdentity.ADDRESS),
    GUARDIAN_NAME(SurvivorIdentity.NAME),
    GUARDIAN_PHONE(SurvivorIdentity.PHONE);

    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final int maxLength;

    IdentityField(int maxLength) {
        this.maxLength = maxLength;
    }

    public String read(SurvivorIdentity identity) {
        return switch (this) {
            case FULL_NAME -> identity.getFullName();
            case BIRTH_DATE -> identity.getBirthDate();
            case CLASS_NAME -> identity.getClassName();
            case ADDRESS -> identity.getAddress();
            case GUARDIAN_NAME -> identity.getGuardianName();
            case GUARDIAN_PHONE -> identity.getGuardianPhone();
        };
    }

    /**
     * The identity with this field replaced by a checked value (blank clears it; a date is typed as
     * dd/MM/yyyy or yyyy-MM-dd and kept as yyyy-MM-dd).
     *
     * @throws UserFacingException when the value is too long or not a valid date or phone number
     */
    public SurvivorIdentity write(SurvivorIdentity identity, String typed) {
        String value = typed == null || typed.isBlank() ? null : typed.trim();
        if (value != null && value.length() > maxLength && this != BIRTH_DATE) {
            throw new UserFacingException("correction.error.tooLong", maxLength);
        }
        if (value != null && this == BIRTH_DATE) {
            value = isoDate(value);
        }
        if (value != null && this == GUARDIAN_PHONE && !value.matches("^[0-9 +().-]*$")) {
            throw new UserFacingException("correction.error.phone");
        }
        String name = this == FULL_NAME ? value : identity.getFullName();
        String birth = this == BIRTH_DATE ? value : identity.getBirthDate();
        String className = this == CLASS_NAME ? value : identity.getClassName();
        String address = this == ADDRESS ? value : identity.getAddress();
        String guardian = this == GUARDIAN_NAME ? value : identity.getGuardianName();
        String phone = this == GUARDIAN_PHONE ? value : identity.getGuardianPhone();
        return new SurvivorIdentity(name, birth, className, address, guardian, phone);
    }

    private static String isoDate(String value) {
        try {
            LocalDate date = value.contains("/") ? LocalDate.parse(value, TYPED_DATE) : LocalDate.parse(value);
            if (date.isAfter(LocalDate.now()) || date.getYear() < 1900) {
                throw new UserFacingException("correction.error.date");
            }
            return date.toString();
        } catch (DateTimeParseException e) {
            throw new UserFacingException("correction.error.date");
        }
    }
}
