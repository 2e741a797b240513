package vn.tincay.report;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A district's consolidated report as the province lists it (submitted or accepted only). */
public record ProvinceReportRow(long reportId, String districtName, int year, ReportKind kind, LocalDate dueDate,
                                ReportStatus status, Instant submittedAt, boolean late) implements Serializable {
}
