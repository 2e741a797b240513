package vn.tincay.security.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * Keyed hashes of normalised names, so that a survivor can be found by name ("nguyen thi lan"
 * finds "Nguyễn Thị Lan") without the name being stored in plain text or in a form that can be
 * looked up without the key.
 */
public final class NameIndex {

    private final SecretKey key;

    public NameIndex(SecretKey key) {
        this.key = key;
    }

    /** Lower case, no diacritics (đ becomes d), words separated by single spaces. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String plain = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{Nd}]+", " ").trim();
    }

    public static List<String> words(String name) {
        String normalised = normalise(name);
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    /** Hash of the whole normalised name, or null for an empty name. */
    public String fullNameHash(String name) {
        String normalised = normalise(name);
        return normalised.isEmpty() ? null : hash("name:" + normalised);
    }

    /** Hashes of each distinct word of the name. */
    public Set<String> wordHashes(String name) {
        Set<String> hashes = new LinkedHashSet<>();
        for (String word : words(name)) {
            hashes.add(hash("word:" + word));
        }
        return hashes;
    }

    /** The characters of an unpadded URL-safe Base64 text, in the order of the 6-bit values they stand for. */
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /**
     * A signature of a name's words (V66): one of 63 bits per word, chosen by the first character of the
     * word's hash (so it says nothing without the key that the hashes do not). Stored with each word's
     * index entry, it lets a search for several words pass over, in that index alone, the names lacking
     * one of the other words; a name whose signature has every searched bit may still lack one (two words
     * can share a bit), so the words are then looked up, but only for those few names. Never the sign bit.
     */
    public static long mask(Collection<String> wordHashes) {
        long mask = 0;
        for (String hash : wordHashes) {
            mask |= 1L << Math.floorMod(BASE64URL.indexOf(hash.charAt(0)), Long.SIZE - 1);
        }
        return mask;
    }

    private String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
