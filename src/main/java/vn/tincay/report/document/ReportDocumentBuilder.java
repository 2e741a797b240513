package vn.tincay.report.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tincay.incident.GbvType;
import vn.tincay.report.Consolidation;
import vn.tincay.report.Figure;
import vn.tincay.report.Percent;
import vn.tincay.report.ReportContent;
import vn.tincay.report.ReportFigures;
import vn.tincay.report.ReportKind;
import vn.tincay.report.ReportSection;
import vn.tincay.report.ReportedCase;

/**
 * Lays a report out as an administrative document: the header and footer of the format and, in the
 * order of the outline, every heading with its tables of figures and its text. The district's
 * consolidated report also lists the schools that are missing or late, and – because it goes to the
 * province – writes case counts from 1 to 4 as "< 5" and never a case code.
 */
public final class ReportDocumentBuilder {

    public static final String SMALL_COUNT = "< 5";

    private ReportDocumentBuilder() {
    }

    public static ReportDocument build(ReportUnit unit, ReportKind kind, int year, ReportContent content,
                                       ReportFigures figures, LocalDate reportDate, List<SubmissionRow> schools,
                                       boolean draft) {
        List<ReportDocument.Block> body = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            body.add(new ReportDocument.Heading(section, section.level(), section.headingLine(kind, year)));
            switch (section) {
                case I -> {
                    if (unit.districtOffice() && schools != null) {
                        submissions(body, schools);
                    }
                }
                case II_1_B -> body.add(staffTable(figures));
                case II_2_A -> body.add(caseTable(figures, unit.districtOffice()));
                case II_2_B -> cases(body, content.getCases(), unit.districtOffice());
                default -> {
                }
            }
            if (section.holdsText()) {
                paragraphs(body, content.text(section));
            }
        }
        String number = blank(content.getDocumentNumber()) ? unit.defaultNumber() : content.getDocumentNumber();
        String place = blank(content.getPlace()) ? unit.defaultPlace() : content.getPlace();
        String signerTitle = blank(content.getSignerTitle()) ? unit.defaultSignerTitle() : content.getSignerTitle();
        List<String> recipients = content.recipientLines().isEmpty()
                ? unit.defaultRecipients().lines().toList() : content.recipientLines();
        return new ReportDocument(unit.superiorUnit(), unit.issuingUnit(), "Số: " + number.strip(),
                VietnameseText.placeAndDate(place, reportDate), "BÁO CÁO " + kind.titleWord(),
                "HOẠT ĐỘNG VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ NĂM " + year, List.copyOf(body), recipients,
                signerTitle.lines().map(VietnameseText::upper).toList(),
                blank(content.getSignerName()) ? unit.signerName(false) : content.getSignerName().strip(), draft);
    }

    private static void submissions(List<ReportDocument.Block> body, List<SubmissionRow> schools) {
        List<SubmissionRow> missingOrLate = Consolidation.missingOrLate(schools);
        body.add(new ReportDocument.Paragraph("Báo cáo này tổng hợp từ " + Consolidation.accepted(schools) + "/"
                + schools.size() + " báo cáo của các trường đã được Phòng GD&ĐT duyệt và số liệu của Phòng GD&ĐT. "
                + (missingOrLate.isEmpty() ? "Tất cả các trường đã nộp báo cáo đúng hạn."
                : "Các trường chưa nộp hoặc nộp muộn:"), false));
        if (!missingOrLate.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (SubmissionRow row : missingOrLate) {
                rows.add(List.of(Integer.toString(n++), row.schoolName(), row.describe()));
            }
            body.add(new ReportDocument.Table(List.of("TT", "Trường", "Tình hình nộp báo cáo"), rows,
                    new int[] {8, 52, 40}));
        }
    }

    public static ReportDocument.Table staffTable(ReportFigures f) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(staffRow("Cán bộ, công chức, viên chức, người lao động", f, Figure.STAFF_FEMALE, Figure.STAFF_MALE));
        rows.add(staffRow("Lãnh đạo, quản lý", f, Figure.LEADERS_FEMALE, Figure.LEADERS_MALE));
        rows.add(staffRow("Cấp ủy viên", f, Figure.PARTY_COMMITTEE_FEMALE, Figure.PARTY_COMMITTEE_MALE));
        rows.add(staffRow("Ban Thường vụ cấp ủy", f, Figure.STANDING_COMMITTEE_FEMALE,
                Figure.STANDING_COMMITTEE_MALE));
        rows.add(staffRow("Ban vì sự tiến bộ của phụ nữ", f, Figure.COMMITTEE_FEMALE, Figure.COMMITTEE_MALE));
        if (f.total(Figure.NOMINATED_INDIVIDUALS_FEMALE, Figure.NOMINATED_INDIVIDUALS_MALE) > 0) {
            rows.add(staffRow("Cá nhân được đề nghị khen thưởng", f, Figure.NOMINATED_INDIVIDUALS_FEMALE,
                    Figure.NOMINATED_INDIVIDUALS_MALE));
        }
        return new ReportDocument.Table(List.of("Nội dung", "Tổng số", "Nữ", "Tỷ lệ nữ"), rows,
                new int[] {49, 17, 17, 17});
    }

    private static List<String> staffRow(String label, ReportFigures f, Figure female, Figure male) {
        return List.of(label, Long.toString(f.total(female, male)), Long.toString(f.get(female)),
                Percent.format(f.share(female, male)));
    }

    public static ReportDocument.Table caseTable(ReportFigures f, boolean suppressSmallCounts) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(caseRow("Tổng số vụ việc tiếp nhận trong kỳ", f.get(Figure.CASES), suppressSmallCounts));
        for (GbvType type : GbvType.values()) {
            rows.add(caseRow("- " + TYPE_LABELS[type.ordinal()], f.get(Figure.casesOfType(type)), suppressSmallCounts));
        }
        rows.add(caseRow("Trong đó: bạo lực gia đình", f.get(Figure.CASES_DOMESTIC), suppressSmallCounts));
        rows.add(caseRow("Trong đó: xâm hại trẻ em", f.get(Figure.CASES_CHILD_ABUSE), suppressSmallCounts));
        rows.add(caseRow("Trong đó: bạo lực trên không gian mạng", f.get(Figure.CASES_ONLINE), suppressSmallCounts));
        rows.add(caseRow("Trong đó: môi giới hôn nhân có yếu tố nước ngoài", f.get(Figure.CASES_MARRIAGE_BROKERING),
                suppressSmallCounts));
        rows.add(caseRow("Có phối hợp với cơ quan công an", f.get(Figure.CASES_WITH_POLICE), suppressSmallCounts));
        rows.add(caseRow("Có phối hợp với cơ quan tư pháp", f.get(Figure.CASES_WITH_JUSTICE), suppressSmallCounts));
        rows.add(caseRow("Đã chuyển gửi đến dịch vụ hỗ trợ", f.get(Figure.CASES_REFERRED), suppressSmallCounts));
        rows.add(caseRow("Đã kết thúc xử lý", f.get(Figure.CASES_CLOSED), suppressSmallCounts));
        rows.add(caseRow("Đang xác minh, xử lý", f.get(Figure.CASES_REPORTED) + f.get(Figure.CASES_VERIFYING)
                + f.get(Figure.CASES_IN_PROGRESS), suppressSmallCounts));
        return new ReportDocument.Table(List.of("Nội dung", "Số vụ việc"), rows, new int[] {75, 25});
    }

    /** Vietnamese names of the GBVIMS types, in the order of {@link GbvType}. */
    static final String[] TYPE_LABELS = {
        "Hiếp dâm", "Tấn công tình dục", "Bạo lực thể chất", "Cưỡng ép kết hôn",
        "Tước đoạt nguồn lực, cơ hội hoặc dịch vụ", "Bạo lực tinh thần, tâm lý",
        "Không phải bạo lực trên cơ sở giới"
    };

    private static List<String> caseRow(String label, long count, boolean suppressSmallCounts) {
        return List.of(label, count(count, suppressSmallCounts));
    }

    /** A case count as the province may see it: 1 to 4 become "< 5" so no case can be singled out. */
    public static String count(long count, boolean suppressSmallCounts) {
        return suppressSmallCounts && count >= 1 && count <= 4 ? SMALL_COUNT : Long.toString(count);
    }

    private static void cases(List<ReportDocument.Block> body, List<ReportedCase> cases, boolean districtOffice) {
        int n = 1;
        for (ReportedCase chosen : cases) {
            String label = districtOffice || blank(chosen.getCaseCode()) ? "Vụ việc " + n : "Vụ việc "
                    + chosen.getCaseCode();
            body.add(new ReportDocument.Paragraph("- " + label + ": " + chosen.getSummary().strip(), true));
            n++;
        }
    }

    private static void paragraphs(List<ReportDocument.Block> body, String text) {
        if (text == null) {
            return;
        }
        text.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> body.add(
                new ReportDocument.Paragraph(line, line.startsWith("-") || line.startsWith("+"))));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
