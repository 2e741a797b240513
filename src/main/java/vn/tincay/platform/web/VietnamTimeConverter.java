package vn.tincay.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.tincay.platform.LocalTime;

/**
 * Shows a moment (stored in UTC) as Vietnamese local time, dd/MM/yyyy HH:mm: {@code converter="tincay.time"}.
 * Faces 4.0's f:convertDateTime has no type for {@link Instant}. For output only.
 */
@FacesConverter("tincay.time")
public class VietnamTimeConverter implements Converter<Instant> {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(LocalTime.ZONE);

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FORMAT.format(value);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("Display only");
    }
}
