package vn.tincay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tincay.report.document.ReportDocument;
import vn.tincay.report.document.ReportDocumentBuilder;
import vn.tincay.report.document.ReportUnit;
import vn.tincay.report.document.SubmissionRow;

/**
 * A district of four schools, interim report 2026 due 12/05: A accepted (on time), B accepted but
 * first submitted 13/05 (late), C submitted and waiting, D never submitted.
 */
class ConsolidationTest {

    private static final LocalDate DUE = LocalDate.of(2026, 5, 12);

    private static List<SubmissionRow> schools() {
        return List.of(
                Consolidation.row(1, "Trường A", ReportStatus.ACCEPTED, Instant.parse("2026-05-10T03:00:00Z"), DUE),
                Consolidation.row(2, "Trường B", ReportStatus.ACCEPTED, Instant.parse("2026-05-12T17:30:00Z"), DUE),
                Consolidation.row(3, "Trường C", ReportStatus.SUBMITTED, Instant.parse("2026-05-12T16:59:00Z"), DUE),
                Consolidation.row(4, "Trường D", null, null, DUE));
    }

    @Test
    void theDistrictAddsTheAcceptedSchoolsToItsOwnRegisterButTakesCasesOnlyFromSchoolsAndInspectionsOnlyFromItself() {
        ReportFigures acceptedSchools = new ReportFigures()           // A + B, summed by SQL
                .set(Figure.STAFF_FEMALE, 38 + 20).set(Figure.STAFF_MALE, 7 + 10)
                .set(Figure.LEADERS_FEMALE, 1 + 2).set(Figure.LEADERS_MALE, 2 + 1)
                .set(Figure.ACTIVITIES, 2 + 3).set(Figure.CASES, 3 + 1)
                .set(Figure.INSPECTIONS_PLANNED, 1 + 1);                // each school's view of the district plan
        ReportFigures office = new ReportFigures()
                .set(Figure.STAFF_FEMALE, 6).set(Figure.STAFF_MALE, 4)
                .set(Figure.LEADERS_FEMALE, 1).set(Figure.LEADERS_MALE, 2)
                .set(Figure.ACTIVITIES, 1).set(Figure.INSPECTIONS_PLANNED, 4).set(Figure.INSPECTIONS_DONE, 2);
        ReportFigures district = Consolidation.combine(acceptedSchools, office);
        assertEquals(64, district.get(Figure.STAFF_FEMALE));
        assertEquals(21, district.get(Figure.STAFF_MALE));
        assertEquals("75,3%", district.share(Figure.STAFF_FEMALE, Figure.STAFF_MALE).format()); // 64/85
        assertEquals(4, district.get(Figure.LEADERS_FEMALE));
        assertEquals(5, district.get(Figure.LEADERS_MALE));
        assertEquals("44,4%", district.share(Figure.LEADERS_FEMALE, Figure.LEADERS_MALE).format()); // 4/9, not the mean
        assertEquals(6, district.get(Figure.ACTIVITIES));
        assertEquals(4, district.get(Figure.CASES));
        assertEquals(4, district.get(Figure.INSPECTIONS_PLANNED));
        assertEquals(2, district.get(Figure.INSPECTIONS_DONE));
    }

    @Test
    void schoolsThatNeverSubmittedOrSubmittedAfterTheDueDateAreListed() {
        List<SubmissionRow> listed = Consolidation.missingOrLate(schools());
        assertEquals(List.of("Trường B", "Trường D"), listed.stream().map(SubmissionRow::schoolName).toList());
        assertTrue(listed.get(0).late());
        assertEquals("Nộp muộn (13/05/2026)", listed.get(0).describe());
        assertTrue(listed.get(1).isMissing());
        assertEquals("Chưa nộp", listed.get(1).describe());
        assertFalse(schools().get(2).late(), "23:59 on the due day in Vietnam is on time");
        assertEquals(2, Consolidation.accepted(schools()));
    }

    @Test
    void theConsolidatedDocumentListsMissingAndLateSchoolsAndHidesSmallCaseCounts() {
        ReportFigures figures = new ReportFigures().set(Figure.CASES, 4).set(Figure.CASES_RAPE, 1)
                .set(Figure.CASES_PHYSICAL_ASSAULT, 3).set(Figure.CASES_CLOSED, 4);
        ReportContent content = new ReportContent();
        content.getCases().add(new ReportedCase(null, null, "Phối hợp công an xã xử lý."));
        ReportDocument document = ReportDocumentBuilder.build(ReportUnit.districtOffice("Huyện Demo Bình Yên"),
                ReportKind.INTERIM, 2026, content, figures, LocalDate.of(2026, 5, 20), schools(), false);
        assertEquals("UBND HUYỆN DEMO BÌNH YÊN", document.superiorUnit());
        assertEquals("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", document.issuingUnit());
        ReportDocument.Table submissions = document.tablesOf(ReportSection.I).get(0);
        assertEquals(List.of(List.of("1", "Trường B", "Nộp muộn (13/05/2026)"), List.of("2", "Trường D", "Chưa nộp")),
                submissions.rows());
        ReportDocument.Table cases = document.tablesOf(ReportSection.II_2_A).get(0);
        assertEquals(List.of("Tổng số vụ việc tiếp nhận trong kỳ", "< 5"), cases.rows().get(0));
        assertEquals(List.of("- Hiếp dâm", "< 5"), cases.rows().get(1));
        assertTrue(document.body().stream().anyMatch(b -> b instanceof ReportDocument.Paragraph p
                && p.text().equals("- Vụ việc 1: Phối hợp công an xã xử lý.")));
        assertTrue(document.body().stream().anyMatch(b -> b instanceof ReportDocument.Paragraph p
                && p.text().startsWith("Báo cáo này tổng hợp từ 2/4 báo cáo")));
    }

    @Test
    void aSchoolDocumentShowsExactCountsAndTheCaseCodes() {
        ReportFigures figures = new ReportFigures().set(Figure.CASES, 2).set(Figure.CASES_RAPE, 1);
        ReportContent content = new ReportContent();
        content.getCases().add(new ReportedCase(9L, "HX-2026-0009", "Nhà trường phối hợp với gia đình."));
        ReportDocument document = ReportDocumentBuilder.build(ReportUnit.school("Phòng GD&ĐT Huyện X", "Huyện X",
                "Trường THCS Y", "HX-THCS-Y"), ReportKind.YEAR_END, 2026, content, figures, null, null, true);
        assertEquals(List.of("Tổng số vụ việc tiếp nhận trong kỳ", "2"),
                document.tablesOf(ReportSection.II_2_A).get(0).rows().get(0));
        assertTrue(document.body().stream().anyMatch(b -> b instanceof ReportDocument.Paragraph p
                && p.text().equals("- Vụ việc HX-2026-0009: Nhà trường phối hợp với gia đình.")));
        assertEquals("BÁO CÁO TỔNG KẾT", document.titleLine());
        assertEquals("X, ngày      tháng      năm", document.placeDateLine());
        assertEquals("Số: …/BC-THCS-Y", document.numberLine());
    }
}
