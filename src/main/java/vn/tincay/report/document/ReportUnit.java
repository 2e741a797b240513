package vn.tincay.report.document;

/**
 * The unit that issues a report, as the document header names it: for a school the district office
 * above it ("PHÒNG GD&ĐT …") and the school ("TRƯỜNG …", bold); for the district office the
 * district's people's committee ("UBND …") and "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO". Also who signs for it:
 * the head (Hiệu trưởng, Trưởng phòng) or a deputy "KT." (ký thay) the head.
 */
public record ReportUnit(String superiorUnit, String issuingUnit, String numberSuffix, String defaultPlace,
                         boolean districtOffice, String headName, String deputyName) {

    public ReportUnit(String superiorUnit, String issuingUnit, String numberSuffix, String defaultPlace,
                      boolean districtOffice) {
        this(superiorUnit, issuingUnit, numberSuffix, defaultPlace, districtOffice, null, null);
    }

    public static ReportUnit school(String districtOfficeName, String districtName, String schoolName,
                                    String schoolCode) {
        return school(districtOfficeName, districtName, schoolName, schoolCode, null, null);
    }

    public static ReportUnit school(String districtOfficeName, String districtName, String schoolName,
                                    String schoolCode, String headName, String deputyName) {
        return new ReportUnit(VietnameseText.upper(districtOfficeName), VietnameseText.upper(schoolName),
                suffixOf(schoolCode), VietnameseText.placeOf(districtName), false, headName, deputyName);
    }

    public static ReportUnit districtOffice(String districtName) {
        return districtOffice(districtName, null, null);
    }

    public static ReportUnit districtOffice(String districtName, String headName, String deputyName) {
        return new ReportUnit("UBND " + VietnameseText.upper(districtName), "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PGDĐT",
                VietnameseText.placeOf(districtName), true, headName, deputyName);
    }

    /** The last part of a school code (HDEMO-TH-SAOMAI → TH-SAOMAI) as the "…/BC-" suffix. */
    static String suffixOf(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        int first = code.indexOf('-');
        return first < 0 ? code : code.substring(first + 1);
    }

    /** The head's title: "HIỆU TRƯỞNG" for a school, "TRƯỞNG PHÒNG" for the district office. */
    public String headTitle() {
        return districtOffice ? "TRƯỞNG PHÒNG" : "HIỆU TRƯỞNG";
    }

    /** The signer block's title lines: the head's title, or "KT. <head>" over "PHÓ <head>" when a deputy signs. */
    public String signerTitle(boolean deputySigns) {
        return deputySigns ? "KT. " + headTitle() + "\nPHÓ " + headTitle() : headTitle();
    }

    public String defaultSignerTitle() {
        return signerTitle(false);
    }

    /** The name under the signature: the head's, or the deputy's when a deputy signs; "" when unknown. */
    public String signerName(boolean deputySigns) {
        String name = deputySigns ? deputyName : headName;
        return name == null ? "" : name.strip();
    }

    public String defaultRecipients() {
        return districtOffice ? "- Sở GD&ĐT (để báo cáo);\n- Lưu: VT." : "- Phòng GD&ĐT (để báo cáo);\n- Lưu: VT.";
    }

    /** The "…/BC-" placeholder of the form: a report with it may be saved but not submitted. */
    public String defaultNumber() {
        return "…/BC-" + numberSuffix;
    }

    /** The number after the highest one the unit used this year: "3/BC-TH-SAOMAI". */
    public String numberAfter(int highestUsed) {
        return (highestUsed + 1) + "/BC-" + numberSuffix;
    }

    /**
     * Whether a report number is really one: it starts with a number ("12/BC-…"); blank, the form's
     * "…/BC-…" or "..." are placeholders.
     */
    public static boolean isRealNumber(String number) {
        return number != null && number.strip().matches("0*[1-9]\\d{0,5}\\s*/\\s*\\S.*");
    }

    /** The leading number of "12/BC-TH-SAOMAI" (12), or 0 when there is none. */
    public static int leadingNumber(String number) {
        if (!isRealNumber(number)) {
            return 0;
        }
        String digits = number.strip().split("\\s*/", 2)[0];
        return Integer.parseInt(digits);
    }
}
