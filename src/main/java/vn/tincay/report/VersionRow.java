package vn.tincay.report;

import java.io.Serializable;
import java.time.Instant;

/** One kept version in the history list. */
public record VersionRow(long id, int number, ReportAction action, ReportStatus status, String actedBy,
                         Instant actedAt, String comment) implements Serializable {
}
