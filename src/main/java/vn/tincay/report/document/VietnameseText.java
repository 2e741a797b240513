package vn.tincay.report.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** Vietnamese wording helpers for documents: capitals, the date line, file names without diacritics. */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private VietnameseText() {
    }

    public static String upper(String text) {
        return text == null ? "" : nfc(text).toUpperCase(VIETNAMESE);
    }

    /** Composed form: every letter with its marks as one character, as fonts and Word expect. */
    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** "Bình Yên, ngày 05 tháng 05 năm 2026"; without a date, the blanks of a form to fill by hand. */
    public static String placeAndDate(String place, LocalDate date) {
        String where = place == null || place.isBlank() ? "……………" : place.strip();
        if (date == null) {
            return where + ", ngày      tháng      năm";
        }
        return String.format("%s, ngày %02d tháng %02d năm %d", where, date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
    }

    /** dd/MM/yyyy. */
    public static String date(LocalDate date) {
        return date == null ? "" : String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
    }

    /** Letters and digits without diacritics (đ → d), other characters as '_': safe in any file name. */
    public static String asciiFileName(String text) {
        String decomposed = Normalizer.normalize(nfc(text).replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String safe = decomposed.replaceAll("[^A-Za-z0-9.-]+", "_").replaceAll("_+", "_");
        return safe.replaceAll("^_|_$", "");
    }

    /** The place name of a district: its name without "Huyện", "Quận", "Thị xã", "Thành phố". */
    public static String placeOf(String districtName) {
        if (districtName == null) {
            return "";
        }
        return districtName.strip().replaceFirst("^(?iu)(huyện|quận|thị xã|thành phố)\\s+", "");
    }
}
