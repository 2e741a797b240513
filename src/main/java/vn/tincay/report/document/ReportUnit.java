package vn.tincay.report.document;

/**
 * The unit that issues a report, as the document header names it: for a school the district office
 * above it ("PHÒNG GD&ĐT …") and the school ("TRƯỜNG …", bold); for the district office the
 * district's people's committee ("UBND …") and "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO".
 */
public record ReportUnit(String superiorUnit, String issuingUnit, String numberSuffix, String defaultPlace,
                         boolean districtOffice) {

    public static ReportUnit school(String districtOfficeName, String districtName, String schoolName,
                                    String schoolCode) {
        return new ReportUnit(VietnameseText.upper(districtOfficeName), VietnameseText.upper(schoolName),
                suffixOf(schoolCode), VietnameseText.placeOf(districtName), false);
    }

    public static ReportUnit districtOffice(String districtName) {
        return new ReportUnit("UBND " + VietnameseText.upper(districtName), "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PGDĐT",
                VietnameseText.placeOf(districtName), true);
    }

    /** The last part of a school code (HDEMO-TH-SAOMAI → TH-SAOMAI) as the "…/BC-" suffix. */
    static String suffixOf(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        int first = code.indexOf('-');
        return first < 0 ? code : code.substring(first + 1);
    }

    public String defaultSignerTitle() {
        return districtOffice ? "TRƯỞNG PHÒNG" : "THỦ TRƯỞNG ĐƠN VỊ";
    }

    public String defaultRecipients() {
        return districtOffice ? "- Sở GD&ĐT (để báo cáo);\n- Lưu: VT." : "- Phòng GD&ĐT (để báo cáo);\n- Lưu: VT.";
    }

    public String defaultNumber() {
        return "…/BC-" + numberSuffix;
    }
}
