package vn.tincay.report.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.web.BundleMessageResolver;
import vn.tincay.report.ReportKind;
import vn.tincay.report.ReportSection;

/**
 * #{reportOutline}: the outline's sections for pages (in order, for c:forEach so every input gets a
 * stable id), their headings in the user's language, and date formats (dd/MM/yyyy, Vietnam time).
 */
@Named("reportOutline")
@ApplicationScoped
public class ReportOutlineBean {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public List<ReportSection> getSections() {
        return List.of(ReportSection.values());
    }

    /** "a) Các hoạt động đã triển khai; …" (Vietnamese) or its English translation. */
    public String heading(ReportSection section, ReportKind kind, int year) {
        ResourceBundle bundle = ResourceBundle.getBundle(BundleMessageResolver.BUNDLE, Faces.getLocale());
        if (section == ReportSection.V) {
            return MessageFormat.format(bundle.getString("report.section.V." + kind.name()),
                    Integer.toString(kind == ReportKind.INTERIM ? year : year + 1));
        }
        return bundle.getString("report.section." + section.name());
    }

    /** Words flush left, numbers centred, as in the document. */
    public boolean isWords(String cell) {
        return vn.tincay.report.document.ReportDocument.isWords(cell);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(LocalTime.ZONE));
    }
}
