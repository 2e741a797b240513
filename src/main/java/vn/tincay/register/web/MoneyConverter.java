package vn.tincay.register.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.omnifaces.util.Messages;
import vn.tincay.platform.UserFacingException;
import vn.tincay.register.Money;

/**
 * Amount fields of the register: whole VND typed as "1500000" or "1.500.000" and shown back as
 * "1.500.000"; a negative, decimal or non-number amount gets a message and stays as typed.
 */
@FacesConverter("tincay.vnd")
public class MoneyConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return Money.parse(value);
        } catch (UserFacingException e) {
            Object label = component.getAttributes().get("label");
            throw Messages.asConverterException(e.getMessageKey() + ".field", label == null ? "" : label,
                    value.strip(), Money.format(Money.MAX));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : Money.digits(value);
    }
}
