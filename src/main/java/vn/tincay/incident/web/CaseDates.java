package vn.tincay.incident.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.tincay.platform.LocalTime;

/**
 * Dates as case pages show them: dd/MM/yyyy, and moments (stored in UTC) as dd/MM/yyyy HH:mm in
 * Vietnam's time zone. Used in pages as {@code #{caseDates.date(x)}}.
 */
@Named
@ApplicationScoped
public class CaseDates {

    public static final String DATE_PATTERN = "dd/MM/yyyy";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(LocalTime.ZONE);

    public String date(LocalDate date) {
        return formatDate(date);
    }

    public String moment(Instant instant) {
        return formatMoment(instant);
    }

    /** A date kept as ISO text (as the encrypted birth date is); shown as typed when it is not ISO. */
    public String isoDate(String iso) {
        return formatIsoDate(iso);
    }

    public static String formatDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String formatMoment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    public static String formatIsoDate(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return formatDate(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
