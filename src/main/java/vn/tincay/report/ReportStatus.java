package vn.tincay.report;

/**
 * draft → submitted → accepted, or returned (with a comment) → submitted again. Accepted is final
 * and locks the report. A district's consolidated report has no reviewer in the product: once
 * submitted to the province it is final too.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** Whether the unit may still change the text (and submit). */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether the report has reached its reviewer at least in this state. */
    public boolean isSubmittedOrLater() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
