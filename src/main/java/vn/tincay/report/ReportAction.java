package vn.tincay.report;

/** What produced a version of a report. Stored by name: never rename a constant, only add. */
public enum ReportAction {
    CREATED, SAVED, SUBMITTED, ACCEPTED, RETURNED
}
