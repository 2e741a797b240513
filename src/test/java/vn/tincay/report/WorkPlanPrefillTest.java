package vn.tincay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tincay.register.DocumentLine;
import vn.tincay.register.DocumentType;
import vn.tincay.register.TargetRange;

/**
 * II.4 a) with work plans: plans issued in the period and their money, written as an officer writes it;
 * nothing when no plan was issued in the period; the district sums the schools' accepted reports.
 */
class WorkPlanPrefillTest {

    private static PrefillData data(boolean district, ReportFigures figures, List<DocumentLine> documents,
                                    long schoolsReported, long schoolsTotal) {
        return new PrefillData(district, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 12), figures,
                TargetRange.DEFAULT, List.of(), List.of(), documents, List.of(), List.of(), List.of(),
                schoolsReported, schoolsTotal);
    }

    private static ReportFigures plans(long plans, long planned, long spent, long mobilised) {
        return new ReportFigures().set(Figure.WORK_PLANS, plans).set(Figure.WORK_PLAN_BUDGET_PLANNED, planned)
                .set(Figure.WORK_PLAN_BUDGET_SPENT, spent).set(Figure.WORK_PLAN_RESOURCES_MOBILISED, mobilised);
    }

    @Test
    void aSchoolsPlanIsWrittenWithItsBudgetSpendingShareAndResourcesInVietnameseMoney() {
        assertEquals("Về kế hoạch công tác và kinh phí: đơn vị đã ban hành 1 kế hoạch công tác vì sự tiến bộ của phụ nữ "
                        + "kèm dự toán kinh phí theo Thông tư số 191/2009/TT-BTC của Bộ Tài chính, tổng kinh phí dự kiến "
                        + "8.500.000 đ; theo sổ theo dõi, đã chi 4.300.000 đ (bằng 50,6% kinh phí dự kiến). Nguồn lực huy "
                        + "động, xã hội hóa từ các tổ chức, cá nhân (tiền và hiện vật quy ra tiền): 2.500.000 đ.",
                ReportTexts.workPlans(data(false, plans(1, 8_500_000, 4_300_000, 2_500_000), List.of(), 0, 0)));
    }

    @Test
    void spendingOverThePlanIsSaidWithTheExcessAndNoResourceSentenceWithoutResources() {
        assertEquals("Về kế hoạch công tác và kinh phí: đơn vị đã ban hành 2 kế hoạch công tác vì sự tiến bộ của phụ nữ "
                        + "kèm dự toán kinh phí theo Thông tư số 191/2009/TT-BTC của Bộ Tài chính, tổng kinh phí dự kiến "
                        + "1.000.000 đ; theo sổ theo dõi, đã chi 1.250.000 đ, vượt 250.000 đ so với dự kiến.",
                ReportTexts.workPlans(data(false, plans(2, 1_000_000, 1_250_000, 0), List.of(), 0, 0)));
    }

    @Test
    void withoutAPlanIssuedInThePeriodNothingIsClaimedAndTheDocumentTextStaysAsItWas() {
        PrefillData none = data(false, new ReportFigures().set(Figure.DOCUMENTS, 1).set(Figure.DOCUMENTS_PLAN, 1),
                List.of(new DocumentLine(1, 7L, "Trường Demo", "12/KH-THSM", LocalDate.of(2026, 1, 15),
                        DocumentType.PLAN, "Kế hoạch năm 2026", 0)), 0, 0);
        assertEquals("", ReportTexts.workPlans(none));
        assertEquals(ReportTexts.documents(none), ReportTexts.documentsAndWorkPlans(none));
        assertEquals(ReportTexts.documents(none), ReportTexts.prefill(none).text(ReportSection.II_4_A));
    }

    @Test
    void plansFollowTheDocumentsAndReplaceTheNoDocumentSentence() {
        ReportFigures both = plans(1, 2_000_000, 0, 0).set(Figure.DOCUMENTS, 1).set(Figure.DOCUMENTS_GUIDANCE, 1);
        String text = ReportTexts.prefill(data(false, both, List.of(), 0, 0)).text(ReportSection.II_4_A);
        assertTrue(text.startsWith("Đơn vị đã ban hành 1 văn bản (kế hoạch: 0; chương trình: 0; hướng dẫn: 1;"), text);
        assertTrue(text.endsWith("\nVề kế hoạch công tác và kinh phí: đơn vị đã ban hành 1 kế hoạch công tác vì sự tiến "
                + "bộ của phụ nữ kèm dự toán kinh phí theo Thông tư số 191/2009/TT-BTC của Bộ Tài chính, tổng kinh phí "
                + "dự kiến 2.000.000 đ; theo sổ theo dõi, đã chi 0 đ (bằng 0% kinh phí dự kiến)."), text);

        String plansOnly = ReportTexts.prefill(data(false, plans(1, 2_000_000, 0, 0), List.of(), 0, 0))
                .text(ReportSection.II_4_A);
        assertTrue(plansOnly.startsWith("Về kế hoạch công tác và kinh phí:"), "no 'no document issued': " + plansOnly);
    }

    @Test
    void theDistrictSumsTheAcceptedSchoolsAndItsOwnPlansAndSaysWhoTheFiguresSpeakFor() {
        ReportFigures schools = plans(2, 8_500_000, 4_300_000, 2_500_000);
        ReportFigures office = plans(1, 14_000_000, 9_600_000, 3_000_000);
        ReportFigures district = Consolidation.combine(schools, office);
        assertEquals(3, district.get(Figure.WORK_PLANS));
        assertEquals(22_500_000, district.get(Figure.WORK_PLAN_BUDGET_PLANNED));
        assertEquals(13_900_000, district.get(Figure.WORK_PLAN_BUDGET_SPENT));
        assertEquals(5_500_000, district.get(Figure.WORK_PLAN_RESOURCES_MOBILISED));
        String text = ReportTexts.workPlans(data(true, district, List.of(), 2, 5));
        assertTrue(text.startsWith("Về kế hoạch công tác và kinh phí: theo báo cáo đã được duyệt của 2/5 trường và số "
                + "liệu của Phòng GD&ĐT, các đơn vị đã ban hành 3 kế hoạch"), text);
        assertTrue(text.contains("tổng kinh phí dự kiến 22.500.000 đ; theo sổ theo dõi, đã chi 13.900.000 đ (bằng 61,8% "
                + "kinh phí dự kiến)"), text);
        assertTrue(text.endsWith(": 5.500.000 đ."), text);
    }

    @Test
    void theNewFiguresComeAfterTheEarlierOnesAndAreSummedOverUnits() {
        // Figures are stored by name; new ones are added after the last of the figures that came before them.
        assertTrue(Figure.WORK_PLANS.ordinal() > Figure.INSPECTIONS_DONE.ordinal());
        for (Figure figure : List.of(Figure.WORK_PLANS, Figure.WORK_PLAN_BUDGET_PLANNED, Figure.WORK_PLAN_BUDGET_SPENT,
                Figure.WORK_PLAN_RESOURCES_MOBILISED)) {
            assertEquals(Figure.Source.UNITS, figure.source());
            assertTrue(figure.name().length() <= 48, "fits periodic_report_figure.figure");
        }
    }
}
