package vn.tincay.report;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tincay.report.document.ReportDocument;
import vn.tincay.report.document.SubmissionRow;

/**
 * A report as its pages show it: unit, period, workflow state, what the caller may do, the content
 * and the figures. {@code schools} is the submission list of a district report (empty otherwise).
 */
public record ReportView(long id, int version, boolean schoolReport, String unitName, String districtName,
                         long periodId, int year, ReportKind kind, LocalDate coversFrom, LocalDate coversTo,
                         LocalDate dueDate, ReportStatus status, String returnComment, String decidedBy,
                         Instant decidedAt, Instant firstSubmittedAt, Instant submittedAt, boolean late,
                         Instant figuresAsOf, ReportContent content, ReportFigures figures, boolean mayEdit,
                         boolean mayReview, List<SubmissionRow> schools, ReportDocument document)
        implements Serializable {
}
