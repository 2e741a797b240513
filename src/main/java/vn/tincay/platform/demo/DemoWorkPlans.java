package vn.tincay.platform.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.register.FundingSource;
import vn.tincay.register.MobilisedResource;
import vn.tincay.register.PlanActivity;
import vn.tincay.register.PlanActivityStatus;
import vn.tincay.register.SupportKind;
import vn.tincay.register.WorkPlan;

/** Invented work plans with their budget for the demo district: one school's and the district office's. */
final class DemoWorkPlans {

    private DemoWorkPlans() {
    }

    static List<WorkPlan> invented(District district, School school, int year, Instant now) {
        WorkPlan schoolPlan = new WorkPlan(district, school, "principal1", now);
        schoolPlan.describe(year, "05/KH-THDEMO", LocalDate.of(year, 1, 15),
                "Kế hoạch Demo hoạt động vì sự tiến bộ của phụ nữ năm " + year,
                List.of(new PlanActivity("Demo: nói chuyện chuyên đề bình đẳng giới cho cán bộ, giáo viên", 3_000_000,
                                2_500_000, FundingSource.STATE_BUDGET, PlanActivityStatus.DONE),
                        new PlanActivity("Demo: pa-nô hưởng ứng Tháng hành động vì bình đẳng giới", 1_500_000,
                                1_800_000, FundingSource.UNIT_OWN, PlanActivityStatus.DONE),
                        new PlanActivity("Demo: hội thi tìm hiểu Luật Bình đẳng giới cho học sinh", 4_000_000, 0,
                                FundingSource.MOBILISED, PlanActivityStatus.PLANNED)),
                List.of(new MobilisedResource("Công ty Demo Sao Sáng", SupportKind.CASH, 2_000_000,
                                "Demo: giải thưởng hội thi"),
                        new MobilisedResource("Hội Cha mẹ học sinh Demo Sao Mai", SupportKind.IN_KIND, 500_000,
                                "Demo: 50 cuốn sổ tay")),
                "principal1", now);
        WorkPlan officePlan = new WorkPlan(district, null, "coordinator", now);
        officePlan.describe(year, "12/KH-PGDĐT-DEMO", LocalDate.of(year, 1, 20),
                "Kế hoạch Demo công tác vì sự tiến bộ của phụ nữ ngành giáo dục năm " + year,
                List.of(new PlanActivity("Demo: tập huấn kỹ năng lãnh đạo cho cán bộ nữ trong diện quy hoạch",
                                12_000_000, 9_600_000, FundingSource.STATE_BUDGET, PlanActivityStatus.DONE),
                        new PlanActivity("Demo: kiểm tra hoạt động Ban vì sự tiến bộ của phụ nữ các trường", 2_000_000,
                                0, FundingSource.STATE_BUDGET, PlanActivityStatus.IN_PROGRESS)),
                List.of(new MobilisedResource("Hội Liên hiệp Phụ nữ Huyện Demo Bình Yên", SupportKind.CASH, 3_000_000,
                        "Demo: tài liệu tập huấn")),
                "coordinator", now);
        return List.of(schoolPlan, officePlan);
    }
}
