package vn.tincay.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tincay.report.document.ReportDocument;
import vn.tincay.report.document.ReportDocumentBuilder;
import vn.tincay.report.document.ReportUnit;
import vn.tincay.report.document.SubmissionRow;

/** Invented report data for tests and the benchmark; every name says "Demo". */
final class SampleReports {

    static final LocalDate DUE = LocalDate.of(2026, 5, 12);

    private SampleReports() {
    }

    static ReportContent content(int seed) {
        ReportContent content = new ReportContent();
        for (ReportSection section : ReportSection.withText()) {
            content.text(section, "Nội dung mục " + section.number() + " của đơn vị Demo số " + seed
                    + ": đã triển khai đầy đủ, hiệu quả; cán bộ, giáo viên, nhân viên tích cực hưởng ứng.\n"
                    + "- Hoạt động thứ nhất: tuyên truyền về bình đẳng giới, phòng chống bạo lực trên cơ sở giới.\n"
                    + "- Hoạt động thứ hai: lồng ghép vào tiết sinh hoạt lớp, ngoại khóa.");
        }
        content.setCases(new ArrayList<>(List.of(new ReportedCase(1L, "HDEMO-2026-000" + (seed % 10),
                "Học sinh lớp 5 bị bạn cùng lớp bắt nạt; nhà trường phối hợp với gia đình và Hội Phụ nữ xã."))));
        content.setSignerName("Nguyễn Thị Demo");
        return content;
    }

    static ReportFigures figures(int seed) {
        ReportFigures f = new ReportFigures();
        f.set(Figure.ACTIVITIES, 3 + seed % 4).set(Figure.ACTIVITY_PARTICIPANTS_FEMALE, 120 + seed)
                .set(Figure.ACTIVITY_PARTICIPANTS_MALE, 60 + seed % 7)
                .set(Figure.STAFF_FEMALE, 38).set(Figure.STAFF_MALE, 7)
                .set(Figure.LEADERS_FEMALE, 2).set(Figure.LEADERS_MALE, 1)
                .set(Figure.PARTY_COMMITTEE_FEMALE, 3).set(Figure.PARTY_COMMITTEE_MALE, 2)
                .set(Figure.STANDING_COMMITTEE_FEMALE, 1).set(Figure.STANDING_COMMITTEE_MALE, 2)
                .set(Figure.COMMITTEE_FEMALE, 4).set(Figure.COMMITTEE_MALE, 1)
                .set(Figure.CASES, 2).set(Figure.CASES_PHYSICAL_ASSAULT, 1).set(Figure.CASES_PSYCHOLOGICAL_ABUSE, 1)
                .set(Figure.CASES_CLOSED, 1).set(Figure.CASES_IN_PROGRESS, 1).set(Figure.CASES_REFERRED, 1)
                .set(Figure.CASES_WITH_POLICE, 1).set(Figure.DOCUMENTS, 2).set(Figure.TRAININGS, 1);
        return f;
    }

    static ReportDocument schoolDocument() {
        ReportUnit unit = ReportUnit.school("Phòng GD&ĐT Huyện Demo Bình Yên", "Huyện Demo Bình Yên",
                "Trường Tiểu học Demo Sao Mai", "HDEMO-TH-SAOMAI");
        return ReportDocumentBuilder.build(unit, ReportKind.INTERIM, 2026, content(1), figures(1),
                LocalDate.of(2026, 5, 5), null, true);
    }

    static List<SubmissionRow> schools(int count) {
        List<SubmissionRow> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ReportStatus status = i % 10 == 0 ? null : i % 7 == 0 ? ReportStatus.SUBMITTED : ReportStatus.ACCEPTED;
            LocalDate first = status == null ? null : i % 9 == 0 ? DUE.plusDays(3) : DUE.minusDays(2);
            rows.add(new SubmissionRow(i, "Trường Demo số " + i + " – Điện Biên Phủ", status, first,
                    first != null && first.isAfter(DUE)));
        }
        return rows;
    }

    /** A district of {@code schools} schools whose figures are added up as the consolidation does. */
    static ReportDocument districtDocument(int schools) {
        ReportFigures sums = new ReportFigures();
        for (int i = 1; i <= schools; i++) {
            figures(i).asMap().forEach(sums::add);
        }
        ReportFigures office = new ReportFigures().set(Figure.INSPECTIONS_PLANNED, 12).set(Figure.INSPECTIONS_DONE, 5)
                .set(Figure.DOCUMENTS, 4);
        ReportFigures combined = Consolidation.combine(sums, office);
        ReportContent content = content(0);
        List<ReportedCase> cases = new ArrayList<>();
        for (int i = 1; i <= schools; i++) {
            cases.add(new ReportedCase(null, null, "Vụ việc tại trường Demo: phối hợp công an xã, gia đình; "
                    + "đã hỗ trợ tâm lý cho học sinh."));
        }
        content.setCases(cases.subList(0, Math.min(cases.size(), ReportContent.MAX_CASES)));
        StringBuilder longText = new StringBuilder();
        for (int i = 1; i <= schools; i++) {
            longText.append("- Trường Demo số ").append(i).append(": tổ chức ").append(3 + i % 4)
                    .append(" hoạt động truyền thông, hưởng ứng Tháng hành động vì bình đẳng giới.\n");
        }
        content.text(ReportSection.II_1_A, longText.toString());
        return ReportDocumentBuilder.build(ReportUnit.districtOffice("Huyện Demo Bình Yên"), ReportKind.YEAR_END,
                2026, content, combined, LocalDate.of(2026, 11, 9), schools(schools), false);
    }
}
