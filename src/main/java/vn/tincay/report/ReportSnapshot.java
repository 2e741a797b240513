package vn.tincay.report;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The full content of a report at one moment – status, text, chosen cases and figures – as kept in
 * the version history. Encoded as "key=value" lines in a fixed order (java.util.Properties syntax),
 * readable in the database and decoded without any library.
 */
public record ReportSnapshot(ReportStatus status, LocalDate reportDate, ReportContent content,
                             ReportFigures figures) implements java.io.Serializable {

    public static ReportSnapshot of(PeriodicReport report) {
        return new ReportSnapshot(report.getStatus(), report.getReportDate(), report.content(), report.figures());
    }

    public String encode() {
        StringBuilder out = new StringBuilder(4096);
        line(out, "format", "1");
        line(out, "status", status.name());
        line(out, "reportDate", reportDate == null ? null : reportDate.toString());
        line(out, "documentNumber", content.getDocumentNumber());
        line(out, "place", content.getPlace());
        line(out, "signerTitle", content.getSignerTitle());
        line(out, "signerName", content.getSignerName());
        line(out, "recipients", content.getRecipients());
        for (ReportSection section : ReportSection.withText()) {
            line(out, "text." + section.name(), content.text(section));
        }
        List<ReportedCase> cases = content.getCases();
        line(out, "cases", Integer.toString(cases.size()));
        for (int i = 0; i < cases.size(); i++) {
            ReportedCase chosen = cases.get(i);
            line(out, "case." + i + ".incidentId", chosen.getIncidentId() == null ? null
                    : chosen.getIncidentId().toString());
            line(out, "case." + i + ".code", chosen.getCaseCode());
            line(out, "case." + i + ".summary", chosen.getSummary());
        }
        for (Map.Entry<Figure, Long> figure : figures.asMap().entrySet()) {
            line(out, "figure." + figure.getKey().name(), figure.getValue().toString());
        }
        return out.toString();
    }

    public static ReportSnapshot decode(String encoded) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReportContent content = new ReportContent();
        content.setDocumentNumber(p.getProperty("documentNumber"));
        content.setPlace(p.getProperty("place"));
        content.setSignerTitle(p.getProperty("signerTitle"));
        content.setSignerName(p.getProperty("signerName"));
        content.setRecipients(p.getProperty("recipients"));
        for (ReportSection section : ReportSection.withText()) {
            content.text(section, p.getProperty("text." + section.name(), ""));
        }
        int caseCount = Integer.parseInt(p.getProperty("cases", "0"));
        List<ReportedCase> cases = new ArrayList<>();
        for (int i = 0; i < caseCount; i++) {
            String incidentId = p.getProperty("case." + i + ".incidentId");
            cases.add(new ReportedCase(incidentId == null ? null : Long.valueOf(incidentId),
                    p.getProperty("case." + i + ".code"), p.getProperty("case." + i + ".summary")));
        }
        content.setCases(cases);
        ReportFigures figures = new ReportFigures();
        for (Figure figure : Figure.values()) {
            String value = p.getProperty("figure." + figure.name());
            if (value != null) {
                figures.set(figure, Long.parseLong(value));
            }
        }
        String date = p.getProperty("reportDate");
        return new ReportSnapshot(ReportStatus.valueOf(p.getProperty("status")),
                date == null ? null : LocalDate.parse(date), content, figures);
    }

    /** Absent values are left out, so they decode as null. */
    private static void line(StringBuilder out, String key, String value) {
        if (value == null) {
            return;
        }
        out.append(key).append('=');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        out.append('\n');
    }
}
