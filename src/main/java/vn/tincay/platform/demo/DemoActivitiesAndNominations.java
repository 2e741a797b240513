package vn.tincay.platform.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.tincay.incident.Sex;
import vn.tincay.organisation.School;
import vn.tincay.register.ActionMonth;
import vn.tincay.register.ActivityForm;
import vn.tincay.register.ActivityTopic;
import vn.tincay.register.Audience;
import vn.tincay.register.CommunicationActivity;
import vn.tincay.register.EmulationNomination;
import vn.tincay.register.NomineeKind;

/**
 * Invented register rows for the demo: communication activities with their topics and partners, and
 * emulation nominations, all of one demo school (Bình Minh, which no demo focal point keeps, so the
 * demo accounts' own registers start empty). Every name says "Demo".
 */
final class DemoActivitiesAndNominations {

    private static final String BY = "demo";

    private DemoActivitiesAndNominations() {
    }

    static void load(EntityManager em, School school, LocalDate today, Instant now) {
        activity(em, school, now, "Tuyên truyền Luật Bình đẳng giới Demo cho cha mẹ học sinh", today.minusDays(70),
                ActivityForm.MEETING, EnumSet.of(Audience.PARENTS), 48, 22,
                EnumSet.of(ActivityTopic.GENDER_EQUALITY_LAW, ActivityTopic.CRITERIA_4969),
                List.of("Hội Liên hiệp Phụ nữ xã Demo An Bình", "Công an xã Demo An Bình"),
                "Cha mẹ học sinh Demo nắm được quyền bình đẳng trong gia đình.");
        activity(em, school, now, "Chuyên đề Demo: lao động nữ trong Bộ luật Lao động 2019", today.minusDays(40),
                ActivityForm.TALK, EnumSet.of(Audience.STAFF), 31, 9, EnumSet.of(ActivityTopic.LABOUR_CODE_2019),
                List.of(), null);
        activity(em, school, now, "Diễn đàn Demo: học sinh nói không với bạo lực giới", today.minusDays(12),
                ActivityForm.CONTEST, EnumSet.of(Audience.STUDENTS), 120, 105,
                EnumSet.of(ActivityTopic.DIRECTIVE_21, ActivityTopic.OTHER),
                List.of("Đoàn Thanh niên xã Demo An Bình"), "Các chi đội Demo tham gia sôi nổi.");
        nomination(em, school, now, today, NomineeKind.COLLECTIVE, "Tổ Demo Khoa học Tự nhiên", null,
                "Tập thể lao động tiên tiến", "Tổ Demo có 100% giáo viên hoàn thành tốt nhiệm vụ.");
        nomination(em, school, now, today, NomineeKind.INDIVIDUAL, "Cô Demo Trần Thị Hoa", Sex.FEMALE,
                "Chiến sĩ thi đua cơ sở", "Giáo viên Demo dạy giỏi cấp huyện.");
        nomination(em, school, now, today, NomineeKind.INDIVIDUAL, "Cô Demo Lê Thị Mai", Sex.FEMALE,
                "Lao động tiên tiến", "Phụ trách câu lạc bộ Demo Bình đẳng giới.");
        nomination(em, school, now, today, NomineeKind.INDIVIDUAL, "Thầy Demo Phạm Văn Sơn", Sex.MALE,
                "Lao động tiên tiến", "Tổ trưởng chuyên môn Demo.");
    }

    private static void activity(EntityManager em, School school, Instant now, String title, LocalDate heldOn,
                                 ActivityForm form, Set<Audience> audiences, int female, int male,
                                 Set<ActivityTopic> topics, List<String> partners, String effectiveness) {
        CommunicationActivity activity = new CommunicationActivity(school.getDistrict(), school, BY, now);
        activity.describe(title, heldOn, form, audiences, female, male, ActionMonth.suggestedFor(heldOn), effectiveness,
                BY, now);
        activity.cover(topics, partners);
        em.persist(activity);
    }

    private static void nomination(EntityManager em, School school, Instant now, LocalDate today, NomineeKind kind,
                                   String name, Sex sex, String award, String achievement) {
        EmulationNomination nomination = new EmulationNomination(school.getDistrict(), school, BY, now);
        nomination.propose(today.getYear(), today.minusDays(5).getYear() == today.getYear() ? today.minusDays(5)
                : today, kind, name, sex, award, achievement, BY, now);
        em.persist(nomination);
    }
}
