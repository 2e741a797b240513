package vn.tincay.register.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.tincay.register.ActivityTopic;
import vn.tincay.register.ShareFormat;
import vn.tincay.register.TargetRange;
import vn.tincay.register.WomenShare;

/** #{registerFormat}: dates as dd/MM/yyyy and shares as "23,5 %" in the view's language. */
@Named
@ApplicationScoped
public class RegisterFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The topics an activity or training may be about, for the forms' checkboxes. */
    public ActivityTopic[] getTopics() {
        return ActivityTopic.values();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String share(WomenShare share) {
        return share == null ? "–" : ShareFormat.percent(share, locale());
    }

    public String percent(BigDecimal percent) {
        return ShareFormat.percent(percent, locale());
    }

    /** "20–25 %" (decimals only when set, "20,5–25 %"). */
    public String target(TargetRange range) {
        if (range == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(
                "vi".equals(locale().getLanguage()) ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH));
        return format.format(range.minPercent()) + "–" + format.format(range.maxPercent()) + " %";
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Locale.forLanguageTag("vi")
                : context.getViewRoot().getLocale();
    }
}
