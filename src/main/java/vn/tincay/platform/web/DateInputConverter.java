package vn.tincay.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omnifaces.util.Messages;

/**
 * The one date format of every date field ({@code t:date}): day/month/year as typed, dd/MM/yyyy or d/M/yyyy,
 * read strictly. Nothing is guessed: 31/02/2026 is not turned into 28/02 or 03/03, 2026-03-05 is not read
 * backwards; such text gets a message and stays in the field as typed.
 */
@FacesConverter("tincay.date")
public class DateInputConverter implements Converter<LocalDate> {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern TYPED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The reason a text is not a date. */
    enum Problem {
        /** Not day/month/year digits at all. */
        FORMAT("input.date.error.format"),
        /** Day/month/year digits naming a day that no calendar has, such as 31/02/2026. */
        IMPOSSIBLE("input.date.error.impossible");

        final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /** The date the text names, or why it names none. Blank text is no date and no problem. */
    static Optional<LocalDate> parse(String text) throws InvalidDate {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher typed = TYPED.matcher(text.strip());
        if (!typed.matches()) {
            throw new InvalidDate(Problem.FORMAT);
        }
        try {
            return Optional.of(LocalDate.parse(typed.group(), STRICT));
        } catch (DateTimeException e) {
            throw new InvalidDate(Problem.IMPOSSIBLE);
        }
    }

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return parse(value).orElse(null);
        } catch (InvalidDate e) {
            Object label = component.getAttributes().get("label");
            throw Messages.asConverterException(e.problem.messageKey, label == null ? "" : label, value.strip());
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : SHOWN.format(value);
    }

    /** A text that is not a date. */
    static final class InvalidDate extends Exception {

        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        InvalidDate(Problem problem) {
            super(problem.name(), null, false, false);
            this.problem = problem;
        }
    }
}
