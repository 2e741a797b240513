package vn.tincay.report.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tincay.it.DemoAccount;
import vn.tincay.it.RunningApp;
import vn.tincay.it.TestSchool;
import vn.tincay.it.TinCayServer;
import vn.tincay.it.WebClient;

/**
 * A school's year-end report is pre-filled from the topics, partners and nominations of its register: II.1 a)
 * counts the activities by topic, II.3 a) lists the work on the criteria of Decision 4969, II.3 c) describes
 * the largest activity held with partners, II.1 b) gives the share of women among the individuals nominated –
 * and nothing recorded before the period is claimed. The school (Hoa Sen) is kept by a focal point of this
 * test only, so the figures are exactly the ones recorded here.
 */
@ExtendWith(TinCayServer.class)
class TopicsPrefillIT {

    private static final int YEAR = Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue();
    /** In the year-end period of YEAR (11/11 of the year before to 10/11), and always in the past. */
    private static final String IN_PERIOD = "20/11/" + (YEAR - 1);
    private static final String BEFORE_PERIOD = "01/11/" + (YEAR - 1);

    private static WebClient focal;

    @BeforeAll
    static void signIn(RunningApp app) throws Exception {
        // A kindergarten of its own, like Hoa Sen: the report's figures are this test's alone.
        String username = TestSchool.like(app, "HDEMO-MN-HOASEN", "TOPIC").focalPoint(app, "hoasen");
        focal = new WebClient(app).signedIn(username, DemoAccount.PASSWORD);
    }

    private static String name(WebClient.Page form, String formId, String field) {
        Element input = form.document().selectFirst("#" + formId + " [name=" + formId + ":" + field + "]");
        if (input == null) {
            input = form.document().selectFirst("#" + formId + " [name^=" + formId + ":" + field + "_]");
        }
        assertNotNull(input, "no field " + field + " in " + formId);
        return input.attr("name");
    }

    private static void save(String page, String formId, Map<String, String> byField, Map<String, List<String>> choices) {
        WebClient.Page form = focal.open(page);
        Map<String, String> values = new HashMap<>();
        byField.forEach((field, value) -> values.put(name(form, formId, field), value));
        HttpResponse<String> answer = focal.submitWithChoices(form, formId, formId + ":save", values, choices);
        WebClient.Page after = focal.follow(answer);
        assertTrue(WebClient.isRedirect(answer), "not saved: " + after.messages() + " " + after.document().text());
    }

    private static void activity(String title, String heldOn, int female, int male, List<String> topics,
                                 String partners, String effectiveness) {
        save("/register/activity.xhtml", "activityForm", Map.of("title", title, "heldOn", heldOn, "form", "TALK",
                "participantsFemale", String.valueOf(female), "participantsMale", String.valueOf(male),
                "actionMonth", "NONE", "partners", partners, "effectiveness", effectiveness),
                Map.of("activityForm:audiences", List.of("PARENTS"), "activityForm:topics", topics));
    }

    private static void nomination(String name, String sex) {
        save("/register/nomination.xhtml", "nominationForm", Map.of("awardYear", String.valueOf(YEAR),
                "proposedOn", IN_PERIOD, "nomineeKind", "INDIVIDUAL", "name", name, "sex", sex,
                "award", "Lao động tiên tiến"), Map.of());
    }

    @Test
    void theYearEndReportIsWrittenFromTheTopicsPartnersAndNominationsOfThePeriod() {
        activity("Nói chuyện Demo về Luật Bình đẳng giới cho cha mẹ", IN_PERIOD, 60, 25,
                List.of("GENDER_EQUALITY_LAW", "CRITERIA_4969"),
                "Hội Liên hiệp Phụ nữ xã Demo\nCông an xã Demo\nĐoàn Thanh niên xã Demo", "Cha mẹ hiểu rõ hơn");
        activity("Sinh hoạt Demo nhỏ về Luật Bình đẳng giới", IN_PERIOD, 5, 3, List.of("GENDER_EQUALITY_LAW"),
                "Trạm Y tế xã Demo", "");
        activity("Mít tinh Demo trước kỳ báo cáo", BEFORE_PERIOD, 400, 300, List.of("ELECTIONS"),
                "Ủy ban nhân dân xã Demo Ngoài Kỳ", "");
        save("/register/training.xhtml", "trainingForm", Map.of("topic", "Tập huấn Demo tiêu chí 4969",
                "startsOn", IN_PERIOD, "endsOn", IN_PERIOD, "organiser", "Phòng GD&ĐT Demo",
                "participantsFemale", "7", "participantsMale", "1"), Map.of("trainingForm:topics", List.of("CRITERIA_4969")));
        nomination("Cô Demo Hoa Sen Một", "FEMALE");
        nomination("Cô Demo Hoa Sen Hai", "FEMALE");
        nomination("Thầy Demo Hoa Sen Ba", "MALE");

        WebClient.Page index = focal.open("/report/index.xhtml");
        String wanted = "Báo cáo tổng kết " + YEAR;
        Element row = index.document().select("#reportsForm tr").stream()
                .filter(tr -> tr.text().contains(wanted) && tr.selectFirst("button[id$=openReport]") != null)
                .findFirst().orElseThrow(() -> new AssertionError("no row " + wanted + ": " + index.document().text()));
        WebClient.Page edit = focal.follow(focal.submit(index, "reportsForm",
                row.selectFirst("button[id$=openReport]").attr("name"), Map.of()));

        String a = text(edit, "II_1_A");
        assertTrue(a.contains("đơn vị đã tổ chức 2 hoạt động truyền thông"), a);
        assertTrue(a.contains("Về nội dung, có 2 hoạt động tuyên truyền Luật Bình đẳng giới; 1 hoạt động lồng ghép các "
                + "tiêu chí về bình đẳng giới tại Quyết định số 4969/QĐ-BGDĐT (một hoạt động có thể lồng ghép nhiều "
                + "nội dung)."), a);
        assertFalse(a.contains("bầu cử") || a.contains("Mít tinh Demo trước kỳ báo cáo"), "nothing before the period: " + a);

        String criteria = text(edit, "II_3_A");
        assertTrue(criteria.contains("vào chương trình công tác thông qua 1 hoạt động truyền thông và 1 lớp tập huấn."),
                criteria);
        assertTrue(criteria.contains("- " + IN_PERIOD + ": Nói chuyện Demo về Luật Bình đẳng giới cho cha mẹ "
                + "(hoạt động truyền thông; 85 người tham gia, nữ 60)."), criteria);
        assertTrue(criteria.contains("- " + IN_PERIOD + ": Tập huấn Demo tiêu chí 4969 (tập huấn; 8 người tham gia, "
                + "nữ 7)."), criteria);

        String partnered = text(edit, "II_3_C");
        assertTrue(partnered.startsWith("Ngày " + IN_PERIOD + ", đơn vị đã phối hợp với Hội Liên hiệp Phụ nữ xã Demo, "
                + "Công an xã Demo và Đoàn Thanh niên xã Demo tổ chức hoạt động \u201cNói chuyện Demo về Luật Bình đẳng "
                + "giới cho cha mẹ\u201d (nói chuyện chuyên đề) với 85 người tham gia, trong đó nữ 60 người. Hiệu quả: "
                + "Cha mẹ hiểu rõ hơn."), partnered);
        assertTrue(partnered.contains("tổ chức 2 hoạt động truyền thông"), "the other one counted: " + partnered);
        assertFalse(partnered.contains("Ngoài Kỳ"), "the larger activity before the period is not the example");

        String b = text(edit, "II_1_B");
        assertTrue(b.contains("đã đề nghị khen thưởng 3 cá nhân; trong số cá nhân được đề nghị có 2 nữ (chiếm 66,7%)."),
                b);
    }

    private static String text(WebClient.Page edit, String section) {
        Element area = edit.document().selectFirst("textarea[id$=text_" + section + "]");
        assertNotNull(area, "no text " + section + ": " + edit.document().text());
        return area.wholeText();
    }
}
