package vn.tincay.report;

/**
 * Which of the two yearly reports a period asks for: the interim report (báo cáo sơ kết) or the
 * year-end report (báo cáo tổng kết). Read from the reporting period's kind, stored by name.
 */
public enum ReportKind {
    INTERIM("SƠ KẾT"),
    YEAR_END("TỔNG KẾT");

    private final String titleWord;

    ReportKind(String titleWord) {
        this.titleWord = titleWord;
    }

    /** The word of the document title: "BÁO CÁO SƠ KẾT" or "BÁO CÁO TỔNG KẾT". */
    public String titleWord() {
        return titleWord;
    }
}
