package vn.tincay.report;

import java.util.List;

/** The deadline card of a home page: the caller's own reports due soon or overdue, and the schools still due. */
public record HomeDeadlines(List<ReportRow> own, List<SchoolsDue> schools) {
}
