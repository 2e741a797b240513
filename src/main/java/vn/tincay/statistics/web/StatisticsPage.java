package vn.tincay.statistics.web;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import vn.tincay.platform.web.BundleMessageResolver;
import vn.tincay.statistics.StatFormat;
import vn.tincay.statistics.Statistics;

/** What the statistics pages show of a {@link Statistics}: its tables and summary, as text. */
final class StatisticsPage {

    private StatisticsPage() {
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BundleMessageResolver.BUNDLE, locale());
    }

    static Locale locale() {
        return Faces.getLocale();
    }

    static List<TableView> tables(Statistics statistics) {
        ResourceBundle bundle = bundle();
        return statistics.tables().stream().map(t -> TableView.of(t, bundle, locale())).toList();
    }

    static String total(Statistics statistics) {
        return new StatFormat(locale(), bundle()).cell(statistics.total());
    }
}
