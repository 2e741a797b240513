package vn.tincay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tincay.register.ActivityForm;
import vn.tincay.register.ActivityTopic;
import vn.tincay.register.PartneredActivity;
import vn.tincay.register.TargetRange;
import vn.tincay.register.TopicWork;

/** II.1 a) by topic, II.3 a), II.3 c) and the nominations of II.1 b) read as an officer writes them. */
class TopicWordingTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 5, 10);

    private static PrefillData data(ReportFigures f, List<TopicWork> work, PartneredActivity partnered,
                                    boolean district) {
        return new PrefillData(district, FROM, TO, f, TargetRange.DEFAULT, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), district ? 5 : 0, district ? 5 : 0, null, work, partnered);
    }

    @Test
    void activitiesAreCountedByTopicAndAnActivityOfSeveralTopicsIsSaidToOverlap() {
        ReportFigures f = new ReportFigures().set(Figure.ACTIVITIES, 3).set(Figure.ACTIVITY_PARTICIPANTS_FEMALE, 40)
                .set(Figure.ACTIVITY_PARTICIPANTS_MALE, 20)
                .set(Figure.activitiesOnTopic(ActivityTopic.GENDER_EQUALITY_LAW), 2)
                .set(Figure.activitiesOnTopic(ActivityTopic.CRITERIA_4969), 2);
        String text = ReportTexts.activities(data(f, List.of(), null, false));
        assertTrue(text.contains("Về nội dung, có 2 hoạt động tuyên truyền Luật Bình đẳng giới; 2 hoạt động lồng ghép "
                + "các tiêu chí về bình đẳng giới tại Quyết định số 4969/QĐ-BGDĐT (một hoạt động có thể lồng ghép "
                + "nhiều nội dung)."), text);
        assertFalse(text.contains("Bộ luật Lao động"), "a topic with no activity is not named: " + text);
    }

    @Test
    void topicsThatAddUpToTheActivitiesNeedNoOverlapNoteAndNoTopicsNoSentence() {
        ReportFigures f = new ReportFigures().set(Figure.ACTIVITIES, 2)
                .set(Figure.activitiesOnTopic(ActivityTopic.ELECTIONS), 1)
                .set(Figure.activitiesOnTopic(ActivityTopic.LABOUR_CODE_2019), 1);
        assertEquals(" Về nội dung, có 1 hoạt động tuyên truyền những nội dung mới về bình đẳng giới, lao động nữ "
                + "trong Bộ luật Lao động năm 2019; 1 hoạt động truyền thông về bình đẳng giới phục vụ công tác bầu cử, "
                + "tạo nguồn cán bộ nữ ứng cử.", ReportTexts.topics(data(f, List.of(), null, false)));
        assertEquals("", ReportTexts.topics(data(new ReportFigures().set(Figure.ACTIVITIES, 4), List.of(), null,
                false)));
    }

    @Test
    void theCriteriaOf4969AreListedFromTheActivitiesAndTrainingsOfThePeriod() {
        ReportFigures f = new ReportFigures().set(Figure.ACTIVITIES_TOPIC_CRITERIA_4969, 1)
                .set(Figure.TRAININGS_TOPIC_CRITERIA_4969, 1);
        String text = ReportTexts.criteria4969(data(f, List.of(
                new TopicWork(LocalDate.of(2026, 3, 8), "Sinh hoạt chuyên đề Demo", "Trường Demo", false, 20, 5),
                new TopicWork(LocalDate.of(2026, 4, 2), "Tập huấn lồng ghép giới Demo", "Trường Demo", true, 9, 1)),
                null, false));
        assertTrue(text.startsWith("Trong kỳ báo cáo (từ 01/01/2026 đến 10/05/2026), đơn vị đã lồng ghép các tiêu chí "
                + "về bình đẳng giới tại Quyết định số 4969/QĐ-BGDĐT ngày 28/10/2016 của Bộ trưởng Bộ Giáo dục và Đào "
                + "tạo vào chương trình công tác thông qua 1 hoạt động truyền thông và 1 lớp tập huấn."), text);
        assertTrue(text.contains("\n- 08/03/2026: Sinh hoạt chuyên đề Demo (hoạt động truyền thông; 25 người tham gia, "
                + "nữ 20)."), text);
        assertTrue(text.contains("\n- 02/04/2026: Tập huấn lồng ghép giới Demo (tập huấn; 10 người tham gia, nữ 9)."),
                text);
        assertEquals("", ReportTexts.criteria4969(data(new ReportFigures(), List.of(), null, false)),
                "nothing is claimed when nothing was recorded");
    }

    @Test
    void theConcreteCoordinationActivityNamesItsPartnersAndTheOthersAreCounted() {
        PartneredActivity a = new PartneredActivity(LocalDate.of(2026, 3, 8), "Nói chuyện chuyên đề Demo",
                "Trường Demo", ActivityForm.TALK, List.of("Hội Liên hiệp Phụ nữ xã Demo", "Công an xã Demo",
                "Đoàn Thanh niên xã Demo"), 60, 25, "Học sinh hiểu rõ hơn");
        String text = ReportTexts.partnered(data(new ReportFigures().set(Figure.ACTIVITIES_WITH_PARTNERS, 3), List.of(),
                a, false));
        assertEquals("Ngày 08/03/2026, đơn vị đã phối hợp với Hội Liên hiệp Phụ nữ xã Demo, Công an xã Demo và Đoàn "
                + "Thanh niên xã Demo tổ chức hoạt động \u201cNói chuyện chuyên đề Demo\u201d (nói chuyện chuyên đề) "
                + "với 85 người tham gia, trong đó nữ 60 người. Hiệu quả: Học sinh hiểu rõ hơn.\nTrong kỳ báo cáo, "
                + "đơn vị đã phối hợp với các cơ quan, đơn vị liên quan tổ chức 3 hoạt động truyền thông về bình đẳng "
                + "giới và vì sự tiến bộ của phụ nữ.", text);
        String only = ReportTexts.partnered(data(new ReportFigures().set(Figure.ACTIVITIES_WITH_PARTNERS, 1), List.of(),
                a, false));
        assertFalse(only.contains("Trong kỳ báo cáo"), "one activity is not counted again: " + only);
        assertEquals("", ReportTexts.partnered(data(new ReportFigures(), List.of(), null, false)));
    }

    @Test
    void theShareOfWomenAmongIndividualsNominatedFollowsTheStaff() {
        ReportFigures f = new ReportFigures().set(Figure.NOMINATED_COLLECTIVES, 2)
                .set(Figure.NOMINATED_INDIVIDUALS_FEMALE, 5).set(Figure.NOMINATED_INDIVIDUALS_MALE, 2);
        assertEquals("Công tác thi đua, khen thưởng: trong kỳ báo cáo, đơn vị đã đề nghị khen thưởng 2 tập thể và "
                + "7 cá nhân; trong số cá nhân được đề nghị có 5 nữ (chiếm 71,4%).",
                ReportTexts.nominations(data(f, List.of(), null, false)));
        assertEquals("Công tác thi đua, khen thưởng: trong kỳ báo cáo, toàn ngành (các trường và Phòng GD&ĐT) đã đề "
                + "nghị khen thưởng 1 tập thể.", ReportTexts.nominations(data(new ReportFigures()
                .set(Figure.NOMINATED_COLLECTIVES, 1), List.of(), null, true)));
        String b = ReportTexts.prefill(data(f, List.of(), null, false)).text(ReportSection.II_1_B);
        assertTrue(b.endsWith("có 5 nữ (chiếm 71,4%)."), b);
    }

    @Test
    void theDistrictSumsTheNewFiguresOfItsSchoolsAndItsOffice() {
        ReportFigures schools = new ReportFigures().set(Figure.ACTIVITIES_TOPIC_CRITERIA_4969, 3)
                .set(Figure.NOMINATED_INDIVIDUALS_FEMALE, 4);
        ReportFigures office = new ReportFigures().set(Figure.ACTIVITIES_TOPIC_CRITERIA_4969, 1)
                .set(Figure.NOMINATED_INDIVIDUALS_FEMALE, 1).set(Figure.ACTIVITIES_WITH_PARTNERS, 2);
        ReportFigures combined = Consolidation.combine(schools, office);
        assertEquals(4, combined.get(Figure.ACTIVITIES_TOPIC_CRITERIA_4969));
        assertEquals(5, combined.get(Figure.NOMINATED_INDIVIDUALS_FEMALE));
        assertEquals(2, combined.get(Figure.ACTIVITIES_WITH_PARTNERS));
    }
}
