package vn.tincay.report;

import java.util.Arrays;
import java.util.List;

/**
 * The outline of the periodic report ("Đề cương báo cáo" attached to the district office's letter),
 * in its order, with the numbering and the headings worded as in the letter. The report document
 * and the edit page both follow this list; nothing may be added, dropped or renumbered.
 *
 * <p>Sections that only group others (II, II.1 …) carry no text of their own. II.4 d) has the two
 * indents of the letter ("- Kế hoạch kiểm tra;", "- Kết quả kiểm tra."), each with its own text.
 */
public enum ReportSection {
    I(Level.PART, "I.", "Tình hình chung của đơn vị", true),
    II(Level.PART, "II.", "Kết quả công tác vì sự tiến bộ của phụ nữ", false),
    II_1(Level.ITEM, "1.", "Hoạt động truyền thông về bình đẳng giới và vì sự tiến bộ của phụ nữ", false),
    II_1_A(Level.POINT, "a)", "Các hoạt động đã triển khai; đánh giá về tính hiệu quả thiết thực của hoạt động;",
            true),
    II_1_B(Level.POINT, "b)", "Thống kê số lượng và tỷ lệ công chức, viên chức nữ tham gia các vị trí lãnh đạo "
            + "quản lý, tham gia cấp ủy viên.", true),
    II_2(Level.ITEM, "2.", "Phối hợp giải quyết các vấn đề bạo lực trên cơ sở giới", false),
    II_2_A(Level.POINT, "a)", "Báo cáo khái quát công tác phối hợp giải quyết các vấn đề bạo lực trên cơ sở giới "
            + "của đơn vị;", true),
    II_2_B(Level.POINT, "b)", "Nêu một số vụ việc cụ thể và vai trò của đơn vị trong phối hợp xử lý.", true),
    II_3(Level.ITEM, "3.", "Tăng cường công tác phối hợp liên ngành thực hiện các hoạt động vì sự tiến bộ của phụ "
            + "nữ và bình đẳng giới", false),
    II_3_A(Level.POINT, "a)", "Các nội dung lồng ghép các tiêu chí về bình đẳng giới tại QĐ số 4969/QĐ-BGDĐT ngày "
            + "28/10/2016 của Bộ trưởng Bộ GDĐT trong chương trình công tác của đơn vị; phối hợp triển khai có hiệu "
            + "quả và tổng kết, đánh giá kết quả thực hiện;", true),
    II_3_B(Level.POINT, "b)", "Đề xuất các vấn đề trọng tâm về bình đẳng giới và sự tiến bộ của phụ nữ và các giải "
            + "pháp mang tính chiến lược trong giai đoạn 2021-2030, đảm bảo phù hợp với pháp luật về bình đẳng giới "
            + "và thực hiện hiệu quả các mục tiêu phát triển bền vững, Công ước CEDAW và các cam kết quốc tế có liên "
            + "quan khác;", true),
    II_3_C(Level.POINT, "c)", "Báo cáo một hoạt động cụ thể về việc phối hợp với các cơ quan, đơn vị liên quan "
            + "triển khai các chủ trương, đường lối của Đảng, pháp luật của Nhà nước về bình đẳng giới và vì sự tiến "
            + "bộ của phụ nữ.", true),
    II_4(Level.ITEM, "4.", "Triển khai hiệu quả các nhiệm vụ thường xuyên của Ban vì sự tiến bộ của phụ nữ", false),
    II_4_A(Level.POINT, "a)", "Thống kê Kế hoạch, chương trình công tác, văn bản hoạt động vì sự tiến bộ của phụ "
            + "nữ của các đơn vị;", true),
    II_4_B(Level.POINT, "b)", "Báo cáo công tác kiện toàn Ban vì sự tiến bộ của phụ nữ;", true),
    II_4_C(Level.POINT, "c)", "Công tác tập huấn về bình đẳng giới và vì sự tiến bộ của phụ nữ;", true),
    II_4_D(Level.POINT, "d)", "Thực hiện công tác kiểm tra hoạt động vì sự tiến bộ của phụ nữ:", false),
    II_4_D_PLAN(Level.INDENT, "-", "Kế hoạch kiểm tra;", true),
    II_4_D_RESULT(Level.INDENT, "-", "Kết quả kiểm tra.", true),
    III(Level.PART, "III.", "Khó khăn, vướng mắc", true),
    IV(Level.PART, "IV.", "Kiến nghị, đề xuất", true),
    V(Level.PART, "V.", null, true);

    /** How deep a heading sits: Roman part, Arabic item, lettered point, indent. */
    public enum Level {
        PART, ITEM, POINT, INDENT
    }

    private final Level level;
    private final String number;
    private final String heading;
    private final boolean holdsText;

    ReportSection(Level level, String number, String heading, boolean holdsText) {
        this.level = level;
        this.number = number;
        this.heading = heading;
        this.holdsText = holdsText;
    }

    public Level level() {
        return level;
    }

    /** "I.", "1.", "a)" or "-", as numbered in the outline. */
    public String number() {
        return number;
    }

    /**
     * The heading without its number. Only V depends on the report: the interim report looks ahead
     * to the last six months of its year, the year-end report to the next year.
     */
    public String heading(ReportKind kind, int year) {
        if (this == V) {
            return "Phương hướng, nhiệm vụ công tác "
                    + (kind == ReportKind.INTERIM ? "6 tháng cuối năm " + year : "năm " + (year + 1));
        }
        return heading;
    }

    /** Number and heading as one line of the document, e.g. "a) Các hoạt động đã triển khai; …". */
    public String headingLine(ReportKind kind, int year) {
        return number + " " + heading(kind, year);
    }

    /** Whether the section has a text of its own (the others only group). */
    public boolean holdsText() {
        return holdsText;
    }

    public static List<ReportSection> withText() {
        return Arrays.stream(values()).filter(ReportSection::holdsText).toList();
    }
}
