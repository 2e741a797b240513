package vn.tincay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tincay.register.InspectionLine;
import vn.tincay.register.TargetRange;

/**
 * II.4 d) written from the inspection checklist and the self-inspections, and II.1 b) from the
 * succession pool; and how the district adds these figures up.
 */
class InspectionChecklistTextTest {

    private static final List<InspectionLine> ONE_DONE = List.of(new InspectionLine(1, 7L, "Trường Tiểu học Demo Sao Mai",
            2026, LocalDate.of(2026, 4, 10), "Kiểm tra hoạt động Ban VSTBPN", LocalDate.of(2026, 4, 12),
            "Hồ sơ đầy đủ", null, 0));

    private static PrefillData data(boolean district, ReportFigures figures, List<InspectionLine> inspections) {
        return new PrefillData(district, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 12), figures,
                TargetRange.DEFAULT, List.of(), List.of(), List.of(), List.of(), inspections, List.of());
    }

    private static ReportFigures checklist() {
        return new ReportFigures().set(Figure.INSPECTIONS_PLANNED, 1).set(Figure.INSPECTIONS_DONE, 1)
                .set(Figure.INSPECTION_TOPICS_PLANNED, 4).set(Figure.INSPECTION_TOPICS_MET, 2)
                .set(Figure.INSPECTION_TOPICS_PARTLY_MET, 1).set(Figure.INSPECTION_TOPICS_NOT_MET, 1)
                .set(Figure.SELF_INSPECTIONS, 1).set(Figure.SELF_INSPECTION_TOPICS_MET, 5)
                .set(Figure.SELF_INSPECTION_TOPICS_NOT_MET, 1);
    }

    @Test
    void theSchoolsPlanSaysHowManyTopicsTheInspectionCovers() {
        assertEquals("Phòng GD&ĐT kiểm tra đơn vị theo kế hoạch:\n- 10/04/2026: Kiểm tra hoạt động Ban VSTBPN\n"
                + "Nội dung kiểm tra gồm 4 nội dung theo hướng dẫn của Phòng GD&ĐT.",
                ReportTexts.inspectionPlan(data(false, checklist(), ONE_DONE)));
    }

    @Test
    void theSchoolsResultGivesTheTopicsMetAndItsOwnSelfInspection() {
        assertEquals("Đã kiểm tra 1/1 lượt theo kế hoạch.\n- Kiểm tra ngày 12/04/2026: Hồ sơ đầy đủ\n"
                + "Kết quả theo nội dung kiểm tra: 2 nội dung đạt, 1 nội dung đạt một phần, 1 nội dung chưa đạt.\n"
                + "Đơn vị đã tự kiểm tra 1 lần theo các nội dung hướng dẫn; kết quả tự đánh giá: 5 nội dung đạt, "
                + "1 nội dung chưa đạt.", ReportTexts.inspectionResults(data(false, checklist(), ONE_DONE)));
    }

    @Test
    void aSelfInspectionIsReportedEvenWithoutAnInspectionByTheDistrict() {
        ReportFigures f = new ReportFigures().set(Figure.SELF_INSPECTIONS, 2).set(Figure.SELF_INSPECTION_TOPICS_MET, 12);
        assertEquals("Đơn vị đã tự kiểm tra 2 lần theo các nội dung hướng dẫn; kết quả tự đánh giá: 12 lượt nội dung "
                + "đạt.", ReportTexts.inspectionResults(data(false, f, List.of())));
        assertEquals("", ReportTexts.inspectionResults(data(false, new ReportFigures(), List.of())),
                "nothing done, nothing written");
    }

    @Test
    void theDistrictCountsTopicsAsTimesAndTheSchoolsSelfInspections() {
        ReportFigures f = checklist().set(Figure.SELF_INSPECTIONS, 3).set(Figure.SELF_INSPECTION_TOPICS_MET, 15)
                .set(Figure.SELF_INSPECTION_TOPICS_PARTLY_MET, 2).set(Figure.SELF_INSPECTION_TOPICS_NOT_MET, 1);
        String plan = ReportTexts.inspectionPlan(data(true, f, ONE_DONE));
        assertTrue(plan.startsWith("Phòng GD&ĐT đã lập kế hoạch kiểm tra 1 lượt trường:"), plan);
        assertTrue(plan.endsWith("\nCác cuộc kiểm tra tập trung vào 4 lượt nội dung theo hướng dẫn (tổ chức và hoạt "
                + "động của Ban vì sự tiến bộ của phụ nữ, triển khai chính sách, pháp luật về bình đẳng giới, công tác "
                + "cán bộ nữ, tình trạng bạo hành với phụ nữ và trẻ em gái...)."), plan);
        String result = ReportTexts.inspectionResults(data(true, f, ONE_DONE));
        assertTrue(result.contains("\nKết quả theo nội dung kiểm tra: 2 lượt nội dung đạt, 1 lượt nội dung đạt một "
                + "phần, 1 lượt nội dung chưa đạt."), result);
        assertTrue(result.endsWith("\nCác trường đã tự kiểm tra 3 lượt theo các nội dung hướng dẫn; kết quả tự đánh "
                + "giá: 15 lượt nội dung đạt, 2 lượt nội dung đạt một phần, 1 lượt nội dung chưa đạt."), result);
    }

    @Test
    void theStaffParagraphGivesWomenInTheSuccessionPool() {
        ReportFigures f = new ReportFigures().set(Figure.STAFF_FEMALE, 42).set(Figure.STAFF_MALE, 11)
                .set(Figure.SUCCESSION_POOL_FEMALE, 5).set(Figure.SUCCESSION_POOL_MALE, 3);
        String text = ReportTexts.staff(data(false, f, List.of()));
        assertTrue(text.contains("\nCán bộ trong diện quy hoạch chức vụ lãnh đạo, quản lý: 8 người, trong đó nữ 5 "
                + "người (62,5%)."), text);
        f.set(Figure.SUCCESSION_POOL_FEMALE, 0).set(Figure.SUCCESSION_POOL_MALE, 0);
        assertTrue(!ReportTexts.staff(data(false, f, List.of())).contains("quy hoạch"), "no pool counted, no sentence");
    }

    @Test
    void theDistrictSumsPoolsAndSelfInspectionsOfTheSchoolsButTakesTopicsFromItsOwnPlan() {
        ReportFigures schools = new ReportFigures().set(Figure.SUCCESSION_POOL_FEMALE, 7)
                .set(Figure.SUCCESSION_POOL_MALE, 4).set(Figure.SELF_INSPECTIONS, 3)
                .set(Figure.SELF_INSPECTION_TOPICS_MET, 15).set(Figure.INSPECTION_TOPICS_MET, 9);
        ReportFigures office = new ReportFigures().set(Figure.SUCCESSION_POOL_FEMALE, 2)
                .set(Figure.SUCCESSION_POOL_MALE, 1).set(Figure.INSPECTION_TOPICS_PLANNED, 10)
                .set(Figure.INSPECTION_TOPICS_MET, 6).set(Figure.SELF_INSPECTIONS, 0);
        ReportFigures district = Consolidation.combine(schools, office);
        assertEquals(9, district.get(Figure.SUCCESSION_POOL_FEMALE));
        assertEquals(5, district.get(Figure.SUCCESSION_POOL_MALE));
        assertEquals("64,3%", Percent.format(district.share(Figure.SUCCESSION_POOL_FEMALE, Figure.SUCCESSION_POOL_MALE)));
        assertEquals(3, district.get(Figure.SELF_INSPECTIONS));
        assertEquals(15, district.get(Figure.SELF_INSPECTION_TOPICS_MET));
        assertEquals(6, district.get(Figure.INSPECTION_TOPICS_MET), "the plan is the district's: never summed");
        assertEquals(10, district.get(Figure.INSPECTION_TOPICS_PLANNED));
    }
}
