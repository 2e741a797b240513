package vn.tincay.register;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Percentages as Vietnamese documents write them: "23,5 %" (English: "23.5 %"); "–" when there is nothing to divide. */
public final class ShareFormat {

    private ShareFormat() {
    }

    public static String percent(BigDecimal percent, Locale locale) {
        if (percent == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(
                locale == null || "vi".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH));
        return format.format(percent) + " %";
    }

    public static String percent(WomenShare share, Locale locale) {
        return percent(share.percent(), locale);
    }
}
