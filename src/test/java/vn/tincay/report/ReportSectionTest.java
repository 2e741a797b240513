package vn.tincay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The sections, their numbering and headings are the outline of the district office's letter, line by line. */
class ReportSectionTest {

    /** The outline "Đề cương báo cáo" as the letter words it (two typos corrected: "giai đoạn", no stray "tạo"). */
    static final List<String> OUTLINE_2026_INTERIM = List.of(
            "I. Tình hình chung của đơn vị",
            "II. Kết quả công tác vì sự tiến bộ của phụ nữ",
            "1. Hoạt động truyền thông về bình đẳng giới và vì sự tiến bộ của phụ nữ",
            "a) Các hoạt động đã triển khai; đánh giá về tính hiệu quả thiết thực của hoạt động;",
            "b) Thống kê số lượng và tỷ lệ công chức, viên chức nữ tham gia các vị trí lãnh đạo quản lý, tham gia cấp ủy viên.",
            "2. Phối hợp giải quyết các vấn đề bạo lực trên cơ sở giới",
            "a) Báo cáo khái quát công tác phối hợp giải quyết các vấn đề bạo lực trên cơ sở giới của đơn vị;",
            "b) Nêu một số vụ việc cụ thể và vai trò của đơn vị trong phối hợp xử lý.",
            "3. Tăng cường công tác phối hợp liên ngành thực hiện các hoạt động vì sự tiến bộ của phụ nữ và bình đẳng giới",
            "a) Các nội dung lồng ghép các tiêu chí về bình đẳng giới tại QĐ số 4969/QĐ-BGDĐT ngày 28/10/2016 của Bộ trưởng "
                    + "Bộ GDĐT trong chương trình công tác của đơn vị; phối hợp triển khai có hiệu quả và tổng kết, đánh giá "
                    + "kết quả thực hiện;",
            "b) Đề xuất các vấn đề trọng tâm về bình đẳng giới và sự tiến bộ của phụ nữ và các giải pháp mang tính chiến "
                    + "lược trong giai đoạn 2021-2030, đảm bảo phù hợp với pháp luật về bình đẳng giới và thực hiện hiệu "
                    + "quả các mục tiêu phát triển bền vững, Công ước CEDAW và các cam kết quốc tế có liên quan khác;",
            "c) Báo cáo một hoạt động cụ thể về việc phối hợp với các cơ quan, đơn vị liên quan triển khai các chủ trương, "
                    + "đường lối của Đảng, pháp luật của Nhà nước về bình đẳng giới và vì sự tiến bộ của phụ nữ.",
            "4. Triển khai hiệu quả các nhiệm vụ thường xuyên của Ban vì sự tiến bộ của phụ nữ",
            "a) Thống kê Kế hoạch, chương trình công tác, văn bản hoạt động vì sự tiến bộ của phụ nữ của các đơn vị;",
            "b) Báo cáo công tác kiện toàn Ban vì sự tiến bộ của phụ nữ;",
            "c) Công tác tập huấn về bình đẳng giới và vì sự tiến bộ của phụ nữ;",
            "d) Thực hiện công tác kiểm tra hoạt động vì sự tiến bộ của phụ nữ:",
            "- Kế hoạch kiểm tra;",
            "- Kết quả kiểm tra.",
            "III. Khó khăn, vướng mắc",
            "IV. Kiến nghị, đề xuất",
            "V. Phương hướng, nhiệm vụ công tác 6 tháng cuối năm 2026");

    @Test
    void theSectionsFollowTheOutlineInOrderWithItsNumbersAndHeadings() {
        List<String> lines = Arrays.stream(ReportSection.values())
                .map(s -> s.headingLine(ReportKind.INTERIM, 2026)).toList();
        assertEquals(OUTLINE_2026_INTERIM, lines);
    }

    @Test
    void theNumberingIsIThenIIWithItsFourItemsAndTheirLettersThenIIIToV() {
        String numbers = String.join(" ", Arrays.stream(ReportSection.values()).map(ReportSection::number).toList());
        assertEquals("I. II. 1. a) b) 2. a) b) 3. a) b) c) 4. a) b) c) d) - - III. IV. V.", numbers);
    }

    @Test
    void sectionVLooksAheadToTheLastSixMonthsInAnInterimReportAndToTheNextYearInAYearEndReport() {
        assertEquals("V. Phương hướng, nhiệm vụ công tác 6 tháng cuối năm 2026",
                ReportSection.V.headingLine(ReportKind.INTERIM, 2026));
        assertEquals("V. Phương hướng, nhiệm vụ công tác năm 2027", ReportSection.V.headingLine(ReportKind.YEAR_END, 2026));
    }

    @Test
    void onlyTheGroupingHeadingsHaveNoTextOfTheirOwn() {
        assertEquals(List.of(ReportSection.II, ReportSection.II_1, ReportSection.II_2, ReportSection.II_3,
                ReportSection.II_4, ReportSection.II_4_D), Arrays.stream(ReportSection.values())
                .filter(s -> !s.holdsText()).toList());
    }

    @Test
    void theVietnameseBundleShowsTheSameHeadingsAsTheDocument() throws IOException {
        Properties vi = bundle("text_vi.properties");
        for (ReportSection section : ReportSection.values()) {
            if (section == ReportSection.V) {
                assertEquals(section.headingLine(ReportKind.INTERIM, 2026),
                        MessageFormat.format(vi.getProperty("report.section.V.INTERIM"), "2026"));
                assertEquals(section.headingLine(ReportKind.YEAR_END, 2026),
                        MessageFormat.format(vi.getProperty("report.section.V.YEAR_END"), "2027"));
            } else {
                assertEquals(section.headingLine(ReportKind.INTERIM, 2026), vi.getProperty("report.section." + section));
            }
        }
    }

    @Test
    void everyReportKeyHasAnEnglishText() throws IOException {
        Properties vi = bundle("text_vi.properties");
        Properties en = bundle("text_en.properties");
        for (String key : vi.stringPropertyNames()) {
            if (key.startsWith("report.") || key.startsWith("Report")) {
                assertEquals(true, en.containsKey(key), "missing in English: " + key);
            }
        }
    }

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportSectionTest.class.getResourceAsStream("/vn/tincay/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
