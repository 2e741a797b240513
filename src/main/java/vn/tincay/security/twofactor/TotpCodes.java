package vn.tincay.security.twofactor;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), as every
 * authenticator app makes them, through the {@code dev.samstevens.totp} library. A code is
 * accepted for the current step and one step either side (clock drift); the step it matched is
 * returned, so the caller can refuse a code that was already used.
 */
public final class TotpCodes {

    public static final int DIGITS = 6;
    public static final int PERIOD_SECONDS = 30;
    /** Steps accepted either side of the current one. */
    public static final int ALLOWED_DRIFT = 1;
    public static final String ISSUER = "Tin Cậy";
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    /** A new random secret (160 bits, Base32) for an enrolment. */
    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The time step a moment falls in. */
    public static long stepAt(Instant moment) {
        return Math.floorDiv(moment.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The step whose code this is, within the allowed drift around {@code now}; empty when none. */
    public OptionalLong matchingStep(String secret, String code, Instant now) {
        String typed = normalise(code);
        if (secret == null || !CODE.matcher(typed).matches()) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - ALLOWED_DRIFT; step <= current + ALLOWED_DRIFT; step++) {
            if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of a time step (the library's HOTP). */
    public String codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("The TOTP secret cannot be used", e);
        }
    }

    /** Digits only: people type codes with spaces, as apps show them ("123 456"). */
    public static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "");
    }

    public static boolean looksLikeCode(String code) {
        return CODE.matcher(normalise(code)).matches();
    }

    /** The enrolment QR code (otpauth:// URI) as a PNG data URI, for an img tag. */
    public String qrCodeDataUri(String secret, String accountName) {
        QrData data = new QrData.Builder()
                .label(accountName)
                .secret(secret)
                .issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build();
        ZxingPngQrGenerator png = new ZxingPngQrGenerator();
        png.setImageSize(240);
        try {
            return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("The enrolment QR code could not be drawn", e);
        }
    }

    /** The secret in groups of four, as people type it into an app that cannot scan. */
    public static String grouped(String secret) {
        return secret == null ? null : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
