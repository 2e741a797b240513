package vn.tincay.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.tincay.report.document.SubmissionRow;

/**
 * The coordinator's view of a period: every active school's report state, what the consolidation adds
 * up to now (accepted school reports plus the district office's register) and the district's own
 * consolidated report, if opened.
 */
public record DistrictOverview(long periodId, int year, ReportKind kind, LocalDate coversFrom, LocalDate coversTo,
                               LocalDate dueDate, LocalDate districtDueDate, List<SchoolReportRow> schools, ReportFigures consolidated,
                               Long districtReportId, ReportStatus districtReportStatus) implements Serializable {

    /** A school's line: the submission state and the id of its report to open (null if none). */
    public record SchoolReportRow(SubmissionRow submission, Long reportId) implements Serializable {
    }

    public long accepted() {
        return schools.stream().filter(s -> s.submission().isAccepted()).count();
    }

    public long missingOrLate() {
        return schools.stream().filter(s -> s.submission().isMissing() || s.submission().late()).count();
    }
}
