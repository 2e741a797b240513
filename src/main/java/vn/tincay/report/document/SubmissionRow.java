package vn.tincay.report.document;

import java.time.LocalDate;
import vn.tincay.report.ReportStatus;

/**
 * A school's report for the consolidation: its state and when it was first submitted.
 * {@code status} is null when the school has not even started a report.
 */
public record SubmissionRow(long schoolId, String schoolName, ReportStatus status, LocalDate firstSubmitted,
                            boolean late) implements java.io.Serializable {

    public boolean isAccepted() {
        return status == ReportStatus.ACCEPTED;
    }

    /** Never submitted: no report, or a draft. */
    public boolean isMissing() {
        return firstSubmitted == null;
    }

    /** Vietnamese state for the document's list of missing or late schools. */
    public String describe() {
        if (isMissing()) {
            return "Chưa nộp";
        }
        String when = late ? "Nộp muộn (" + VietnameseText.date(firstSubmitted) + ")" : "Đã nộp ("
                + VietnameseText.date(firstSubmitted) + ")";
        return switch (status) {
            case SUBMITTED -> when + ", chờ duyệt";
            case RETURNED -> when + ", trả lại để chỉnh sửa";
            default -> when;
        };
    }
}
