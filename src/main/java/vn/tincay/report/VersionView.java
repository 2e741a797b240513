package vn.tincay.report;

import java.io.Serializable;

/** A kept version: its history line, its full content, and the report it belongs to (as it is now). */
public record VersionView(VersionRow version, ReportSnapshot snapshot, ReportView report,
                          vn.tincay.report.document.ReportDocument document) implements Serializable {
}
