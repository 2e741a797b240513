package vn.tincay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tincay.register.ActionMonth;
import vn.tincay.register.ActivityForm;
import vn.tincay.register.ActivityLine;
import vn.tincay.register.DocumentLine;
import vn.tincay.register.DocumentType;
import vn.tincay.register.InspectionLine;
import vn.tincay.register.TargetRange;
import vn.tincay.register.TrainingLine;

/**
 * The numbers a new report is pre-filled with, checked by hand for one invented school (interim
 * report 2026, 01/01–12/05): 45 staff of whom 38 women; 3 leaders, 1 woman; 5 party committee
 * members, 1 woman; 2 activities with 120 + 45 participants (women 80 + 30).
 */
class PrefillArithmeticTest {

    private static ReportFigures school() {
        return new ReportFigures()
                .set(Figure.ACTIVITIES, 2).set(Figure.ACTIVITIES_JUNE, 0).set(Figure.ACTIVITIES_NOV_DEC, 0)
                .set(Figure.ACTIVITY_PARTICIPANTS_FEMALE, 110).set(Figure.ACTIVITY_PARTICIPANTS_MALE, 55)
                .set(Figure.STAFF_FEMALE, 38).set(Figure.STAFF_MALE, 7)
                .set(Figure.LEADERS_FEMALE, 1).set(Figure.LEADERS_MALE, 2)
                .set(Figure.PARTY_COMMITTEE_FEMALE, 1).set(Figure.PARTY_COMMITTEE_MALE, 4)
                .set(Figure.STANDING_COMMITTEE_FEMALE, 0).set(Figure.STANDING_COMMITTEE_MALE, 3)
                .set(Figure.COMMITTEE_FEMALE, 4).set(Figure.COMMITTEE_MALE, 1)
                .set(Figure.CASES, 3).set(Figure.CASES_PHYSICAL_ASSAULT, 2).set(Figure.CASES_PSYCHOLOGICAL_ABUSE, 1)
                .set(Figure.CASES_CLOSED, 1).set(Figure.CASES_IN_PROGRESS, 1).set(Figure.CASES_VERIFYING, 1)
                .set(Figure.CASES_REFERRED, 1).set(Figure.CASES_WITH_POLICE, 1)
                .set(Figure.DOCUMENTS, 2).set(Figure.DOCUMENTS_PLAN, 1).set(Figure.DOCUMENTS_DECISION, 1)
                .set(Figure.TRAININGS, 1).set(Figure.TRAINING_PARTICIPANTS_FEMALE, 12)
                .set(Figure.TRAINING_PARTICIPANTS_MALE, 3).set(Figure.TRAININGS_LEADERSHIP_FOR_WOMEN, 1);
    }

    private static PrefillData data(boolean district, ReportFigures figures) {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 5, 12);
        return new PrefillData(district, from, to, figures, TargetRange.DEFAULT, List.of("Trường Tiểu học Demo Sao Mai"),
                List.of(new ActivityLine(1, 7L, "Trường Demo", "Nói chuyện chuyên đề về bình đẳng giới",
                                LocalDate.of(2026, 3, 8), ActivityForm.TALK, true, true, false, 80, 40,
                                ActionMonth.NONE, "Học sinh hiểu rõ hơn", 0),
                        new ActivityLine(2, 7L, "Trường Demo", "Pa-nô phòng chống bạo lực học đường",
                                LocalDate.of(2026, 4, 2), ActivityForm.POSTER, false, true, true, 30, 15,
                                ActionMonth.NONE, null, 0)),
                List.of(new DocumentLine(1, 7L, "Trường Demo", "12/KH-THSM", LocalDate.of(2026, 1, 15),
                        DocumentType.PLAN, "Kế hoạch hoạt động vì sự tiến bộ của phụ nữ năm 2026", 0)),
                List.of(new TrainingLine(1, 7L, "Trường Demo", "Kỹ năng lãnh đạo cho cán bộ nữ", LocalDate.of(2026, 3, 20),
                        LocalDate.of(2026, 3, 21), "Phòng GD&ĐT", 12, 3, 2, 4, 9, true, null, 0)),
                List.of(new InspectionLine(1, 7L, "Trường Tiểu học Demo Sao Mai", 2026, LocalDate.of(2026, 4, 10),
                        "Kiểm tra hoạt động Ban VSTBPN", LocalDate.of(2026, 4, 12), "Hồ sơ đầy đủ", "Tăng cường truyền thông",
                        0)),
                List.of());
    }

    @Test
    void sharesAreRoundedHalfUpToOneDecimalAndWrittenWithADecimalComma() {
        assertEquals("84,4%", Percent.of(38, 45).format());
        assertEquals("33,3%", Percent.of(1, 3).format());
        assertEquals("66,7%", Percent.of(2, 3).format());
        assertEquals("23,5%", Percent.of(4, 17).format());
        assertEquals("20%", Percent.of(1, 5).format());
        assertEquals("100%", Percent.of(5, 5).format());
        assertEquals("0%", Percent.of(0, 5).format());
        assertEquals("0,1%", Percent.of(1, 1000).format());
        assertEquals("0,1%", Percent.of(1, 1999).format()); // 0.05002 → 0.1
        assertNull(Percent.of(0, 0), "no share of nobody");
        assertEquals("–", Percent.format(Percent.of(0, 0)));
    }

    @Test
    void theStaffSectionCountsSharesAndComparesThemWithTheDistrictTarget() {
        String text = ReportTexts.staff(data(false, school()));
        assertTrue(text.contains("Tổng số cán bộ, công chức, viên chức, người lao động: 45 người, trong đó nữ 38 người "
                + "(84,4%)."), text);
        assertTrue(text.contains("Nữ tham gia lãnh đạo, quản lý: 1/3 người (33,3%), vượt chỉ tiêu 20–25%."), text);
        assertTrue(text.contains("Nữ tham gia cấp ủy: 1/5 cấp ủy viên (20%), đạt chỉ tiêu 20–25%."), text);
        assertTrue(text.contains("Ban Thường vụ cấp ủy của đơn vị chưa có cán bộ nữ"), text);
    }

    @Test
    void aShareBelowTheTargetIsSaidToFallShort() {
        ReportFigures f = school().set(Figure.PARTY_COMMITTEE_FEMALE, 1).set(Figure.PARTY_COMMITTEE_MALE, 9);
        assertTrue(ReportTexts.staff(data(false, f)).contains("1/10 cấp ủy viên (10%), chưa đạt chỉ tiêu 20–25%"));
    }

    @Test
    void theActivitiesSectionAddsUpParticipantsAndListsEachActivity() {
        String text = ReportTexts.activities(data(false, school()));
        assertTrue(text.startsWith("Trong kỳ báo cáo (từ 01/01/2026 đến 12/05/2026), đơn vị đã tổ chức 2 hoạt động "
                + "truyền thông về bình đẳng giới và vì sự tiến bộ của phụ nữ với 165 lượt người tham gia (nữ 110 lượt, "
                + "chiếm 66,7%)."), text);
        assertTrue(text.contains("- 08/03/2026: Nói chuyện chuyên đề về bình đẳng giới (nói chuyện chuyên đề; đối tượng: "
                + "cán bộ, giáo viên, nhân viên, học sinh; 120 người tham gia, nữ 80). Hiệu quả: Học sinh hiểu rõ hơn"), text);
        assertTrue(text.contains("- 02/04/2026: Pa-nô phòng chống bạo lực học đường (pa-nô, áp phích; đối tượng: học "
                + "sinh, cha mẹ học sinh; 45 người tham gia, nữ 30)."), text);
    }

    @Test
    void theCaseSectionGivesAnonymousCountsByTypeCoordinationReferralAndStatus() {
        String text = ReportTexts.cases(school(), false);
        assertEquals("Trong kỳ báo cáo, đơn vị đã tiếp nhận 3 vụ việc (bạo lực thể chất: 2, bạo lực tinh thần, tâm lý: 1)."
                + " Đã phối hợp với cơ quan công an trong 1 vụ việc, với cơ quan tư pháp trong 0 vụ việc; chuyển gửi 1 vụ"
                + " việc đến các dịch vụ hỗ trợ (Trung tâm công tác xã hội, địa chỉ tin cậy – nhà tạm lánh…). Đến cuối kỳ,"
                + " 1 vụ việc đã kết thúc xử lý, 2 vụ việc đang được xác minh, xử lý.", text);
    }

    @Test
    void theDistrictCaseSectionWritesCountsFromOneToFourAsLessThanFive() {
        String text = ReportTexts.cases(school().set(Figure.CASES, 7).set(Figure.CASES_PHYSICAL_ASSAULT, 6), true);
        assertTrue(text.startsWith("Trong kỳ báo cáo, các trường đã tiếp nhận 7 vụ việc (bạo lực thể chất: 6, bạo lực "
                + "tinh thần, tâm lý: < 5)."), text);
        assertTrue(text.contains("công an trong < 5 vụ việc, với cơ quan tư pháp trong 0 vụ việc"), text);
    }

    @Test
    void documentsTrainingsAndInspectionsAreCountedAndListed() {
        PrefillData data = data(false, school());
        assertEquals("Đơn vị đã ban hành 2 văn bản (kế hoạch: 1; chương trình: 0; hướng dẫn: 0; quyết định: 1; khác: 0).\n"
                + "- Kế hoạch số 12/KH-THSM ngày 15/01/2026: Kế hoạch hoạt động vì sự tiến bộ của phụ nữ năm 2026.",
                ReportTexts.documents(data));
        assertEquals("Đơn vị đã tổ chức, tham gia 1 lớp tập huấn với 15 lượt người tham gia (nữ 12 lượt), trong đó 1 lớp "
                + "bồi dưỡng kỹ năng cho nữ lãnh đạo, quản lý, nữ trong diện quy hoạch.\n- 20/03/2026 – 21/03/2026: Kỹ "
                + "năng lãnh đạo cho cán bộ nữ (Phòng GD&ĐT; 15 người, nữ 12).", ReportTexts.trainings(data));
        assertEquals("Phòng GD&ĐT kiểm tra đơn vị theo kế hoạch:\n- 10/04/2026: Kiểm tra hoạt động Ban VSTBPN",
                ReportTexts.inspectionPlan(data));
        assertEquals("Đã kiểm tra 1/1 lượt theo kế hoạch.\n- Kiểm tra ngày 12/04/2026: Hồ sơ đầy đủ Kiến nghị: Tăng "
                + "cường truyền thông", ReportTexts.inspectionResults(data));
        assertEquals("Ban vì sự tiến bộ của phụ nữ có 5 thành viên, trong đó nữ 4 người (80%).",
                ReportTexts.committee(school()));
    }

    @Test
    void aNewReportFillsEverySectionTheDataCanFillAndLeavesTheOthersEmpty() {
        ReportContent content = ReportTexts.prefill(data(false, school()));
        for (ReportSection filled : List.of(ReportSection.I, ReportSection.II_1_A, ReportSection.II_1_B,
                ReportSection.II_2_A, ReportSection.II_4_A, ReportSection.II_4_B, ReportSection.II_4_C,
                ReportSection.II_4_D_PLAN, ReportSection.II_4_D_RESULT)) {
            assertTrue(!content.text(filled).isBlank(), filled + " empty");
        }
        for (ReportSection free : List.of(ReportSection.II_2_B, ReportSection.II_3_A, ReportSection.II_3_B,
                ReportSection.II_3_C, ReportSection.III, ReportSection.IV, ReportSection.V)) {
            assertEquals("", content.text(free), free + " should start empty");
        }
    }
}
