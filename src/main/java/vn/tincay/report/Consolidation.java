package vn.tincay.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tincay.platform.LocalTime;
import vn.tincay.report.document.SubmissionRow;

/**
 * The district's consolidation rules: which school reports count (accepted ones), how their summed
 * figures combine with the district office's own register, and which schools are missing or late.
 */
public final class Consolidation {

    private Consolidation() {
    }

    /**
     * @param acceptedSchools the figures summed over the schools' accepted reports (SQL does the sum)
     * @param office          the district office's own register figures for the period
     */
    public static ReportFigures combine(ReportFigures acceptedSchools, ReportFigures office) {
        ReportFigures combined = new ReportFigures();
        for (Figure figure : Figure.values()) {
            long value = switch (figure.source()) {
                case UNITS -> acceptedSchools.get(figure) + office.get(figure);
                case SCHOOLS -> acceptedSchools.get(figure);
                case DISTRICT_OFFICE -> office.get(figure);
            };
            if (value != 0) {
                combined.set(figure, value);
            }
        }
        return combined;
    }

    /** A school's row: late when first submitted after the due date (in Vietnam's calendar). */
    public static SubmissionRow row(long schoolId, String schoolName, ReportStatus status, Instant firstSubmittedAt,
                                    LocalDate dueDate) {
        LocalDate first = firstSubmittedAt == null ? null : LocalDate.ofInstant(firstSubmittedAt, LocalTime.ZONE);
        return new SubmissionRow(schoolId, schoolName, status, first, first != null && first.isAfter(dueDate));
    }

    /** Schools that never submitted or submitted after the due date, in the given order. */
    public static List<SubmissionRow> missingOrLate(List<SubmissionRow> schools) {
        return schools.stream().filter(row -> row.isMissing() || row.late()).toList();
    }

    public static long accepted(List<SubmissionRow> schools) {
        return schools.stream().filter(SubmissionRow::isAccepted).count();
    }
}
