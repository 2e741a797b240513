package vn.tincay.platform.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.LocalTime;
import vn.tincay.register.ChecklistLine;
import vn.tincay.register.ChecklistResult;
import vn.tincay.register.ChecklistTopic;
import vn.tincay.register.Headcounts;
import vn.tincay.register.InspectionPlanItem;
import vn.tincay.register.PeriodKind;
import vn.tincay.register.ReportingPeriod;
import vn.tincay.register.SelfInspection;
import vn.tincay.register.StaffStatistics;

/**
 * Invented register entries of one demo school, dated in the current year's interim period (or
 * today, early in the year): a district inspection with its checklist results, the school's own
 * self-inspection, and its staff statistics with the leadership succession pool.
 */
final class DemoRegister {

    private static final String COORDINATOR = "coordinator";
    private static final String SCHOOL = "demo";

    private DemoRegister() {
    }

    static void load(EntityManager em, District district, School school, Clock clock) {
        em.flush(); // the school's id keys its staff statistics
        Instant now = clock.instant();
        LocalDate today = LocalTime.today(clock);
        int year = today.getYear();

        SelfInspection self = new SelfInspection(district, school, SCHOOL, now);
        self.record(notAfter(LocalDate.of(year, 3, 5), today), List.of(
                        line(ChecklistTopic.COMMITTEE, ChecklistResult.MET, "Ban Demo họp đủ 2 kỳ, có biên bản."),
                        line(ChecklistTopic.POLICY, ChecklistResult.MET, null),
                        line(ChecklistTopic.WOMEN_STAFF, ChecklistResult.PARTLY_MET,
                                "Danh sách quy hoạch Demo chưa cập nhật sau khi có giáo viên chuyển đến."),
                        line(ChecklistTopic.VIOLENCE, ChecklistResult.MET, "Không ghi nhận vụ việc nào (dữ liệu Demo)."),
                        line(ChecklistTopic.NEGATIVE_IMPACTS, ChecklistResult.MET, null),
                        line(ChecklistTopic.DIFFICULTIES, ChecklistResult.NOT_MET,
                                "Chưa có kinh phí riêng cho hoạt động Demo vì sự tiến bộ của phụ nữ.")),
                "Tự kiểm tra Demo: hồ sơ Ban VSTBPN đầy đủ, cần bổ sung kinh phí.", today, SCHOOL, now);
        em.persist(self);

        InspectionPlanItem inspection = new InspectionPlanItem(district, school, COORDINATOR, now);
        inspection.plan(notAfter(LocalDate.of(year, 3, 20), today),
                "Kiểm tra Demo hoạt động vì sự tiến bộ của phụ nữ theo kế hoạch tháng 5 của Phòng GD&ĐT.",
                COORDINATOR, now);
        inspection.recordResult(notAfter(LocalDate.of(year, 4, 2), today),
                "Kết quả Demo: Ban VSTBPN hoạt động đều; công tác quy hoạch cán bộ nữ còn chậm.",
                "Cập nhật danh sách quy hoạch Demo trước kỳ báo cáo tổng kết.", today, COORDINATOR, now);
        inspection.cover(List.of(
                line(ChecklistTopic.COMMITTEE, ChecklistResult.MET, null),
                line(ChecklistTopic.POLICY, ChecklistResult.MET, "Đã lồng ghép vào sinh hoạt chuyên môn (Demo)."),
                line(ChecklistTopic.WOMEN_STAFF, ChecklistResult.PARTLY_MET,
                        "Tỷ lệ nữ trong quy hoạch Demo đạt nhưng hồ sơ chưa đủ."),
                line(ChecklistTopic.VIOLENCE, ChecklistResult.NOT_MET,
                        "Chưa có quy trình tiếp nhận tin báo (Demo).")), COORDINATOR, now);
        em.persist(inspection);

        ReportingPeriod interim = ReportingPeriod.defaultFor(district, year, PeriodKind.INTERIM, "system", now);
        em.persist(interim);
        StaffStatistics staff = new StaffStatistics(district, school, interim, SCHOOL, now);
        staff.count(notAfter(LocalDate.of(year, 4, 15), today),
                new Headcounts(42, 11, 2, 1, 3, 4, 1, 2, 4, 1, 5, 3), "Số liệu Demo.", SCHOOL, now);
        em.persist(staff);
    }

    private static ChecklistLine line(ChecklistTopic topic, ChecklistResult result, String remark) {
        return new ChecklistLine(topic, true, result, remark);
    }

    private static LocalDate notAfter(LocalDate date, LocalDate today) {
        return date.isAfter(today) ? today : date;
    }
}
