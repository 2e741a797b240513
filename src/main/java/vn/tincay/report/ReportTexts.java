package vn.tincay.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import vn.tincay.incident.GbvType;
import vn.tincay.register.ActionMonth;
import vn.tincay.register.ActivityForm;
import vn.tincay.register.ActivityLine;
import vn.tincay.register.CommitteeDecisionLine;
import vn.tincay.register.ActivityTopic;
import vn.tincay.register.PartneredActivity;
import vn.tincay.register.TopicWork;
import vn.tincay.register.DocumentLine;
import vn.tincay.register.DocumentType;
import vn.tincay.register.InspectionLine;
import vn.tincay.register.Money;
import vn.tincay.register.TrainingLine;
import vn.tincay.report.document.ReportDocumentBuilder;
import vn.tincay.report.document.VietnameseText;

/**
 * The text a new report starts with, written from the register and the case counts (in Vietnamese:
 * the report is an official document). Every sentence stays editable; sections the data cannot
 * fill (II.2 b, II.3 b, III, IV, V) start empty; II.3 a) and c) are written from the topics and partners
 * of the register when it has any. A district report writes case counts from 1 to 4 as "< 5".
 */
public final class ReportTexts {

    private ReportTexts() {
    }

    public static ReportContent prefill(PrefillData data) {
        ReportContent content = new ReportContent();
        ReportFigures f = data.figures();
        content.text(ReportSection.I, general(data));
        content.text(ReportSection.II_1_A, activities(data));
        content.text(ReportSection.II_1_B, join(staff(data), nominations(data)));
        content.text(ReportSection.II_2_A, cases(f, data.districtOffice()));
        content.text(ReportSection.II_3_A, criteria4969(data));
        content.text(ReportSection.II_3_C, partnered(data));
        content.text(ReportSection.II_4_A, documentsAndWorkPlans(data));
        content.text(ReportSection.II_4_B, committee(data));
        content.text(ReportSection.II_4_C, trainings(data));
        content.text(ReportSection.II_4_D_PLAN, inspectionPlan(data));
        content.text(ReportSection.II_4_D_RESULT, inspectionResults(data));
        List<ReportedCase> cases = new ArrayList<>();
        for (String summary : data.schoolCases()) {
            if (cases.size() < ReportContent.MAX_CASES) {
                cases.add(new ReportedCase(null, null, summary));
            }
        }
        content.setCases(cases);
        return content;
    }

    static String general(PrefillData data) {
        ReportFigures f = data.figures();
        long staff = f.total(Figure.STAFF_FEMALE, Figure.STAFF_MALE);
        if (staff == 0) {
            return "";
        }
        return (data.districtOffice() ? capitalised(sector(data)) + " có " : "Đơn vị có ") + staff
                + " cán bộ, công chức, viên chức, người lao động, trong đó nữ " + f.get(Figure.STAFF_FEMALE)
                + " người (chiếm " + Percent.format(f.share(Figure.STAFF_FEMALE, Figure.STAFF_MALE)) + ").";
    }

    /**
     * Who the district's figures speak for: the whole sector only when every school's report is in
     * them; otherwise the schools that reported, "x/y", so a reader never takes 1 school for 5.
     */
    static String sector(PrefillData data) {
        if (data.allSchoolsReported() || data.schoolsTotal() == 0) {
            return "toàn ngành (các trường và Phòng GD&ĐT)";
        }
        return "theo báo cáo đã được duyệt của " + data.schoolsReported() + "/" + data.schoolsTotal()
                + " trường và số liệu của Phòng GD&ĐT, các đơn vị";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String activities(PrefillData data) {
        ReportFigures f = data.figures();
        long count = f.get(Figure.ACTIVITIES);
        if (count == 0) {
            return "Trong kỳ báo cáo (từ " + VietnameseText.date(data.from()) + " đến " + VietnameseText.date(data.to())
                    + "), " + (data.districtOffice() ? "chưa có" : "đơn vị chưa ghi nhận")
                    + " hoạt động truyền thông nào trong sổ theo dõi.";
        }
        StringBuilder text = new StringBuilder();
        text.append("Trong kỳ báo cáo (từ ").append(VietnameseText.date(data.from())).append(" đến ")
                .append(VietnameseText.date(data.to())).append("), ")
                .append(data.districtOffice() ? sector(data) + " đã tổ chức " : "đơn vị đã tổ chức ").append(count)
                .append(" hoạt động truyền thông về bình đẳng giới và vì sự tiến bộ của phụ nữ với ")
                .append(f.total(Figure.ACTIVITY_PARTICIPANTS_FEMALE, Figure.ACTIVITY_PARTICIPANTS_MALE))
                .append(" lượt người tham gia (nữ ").append(f.get(Figure.ACTIVITY_PARTICIPANTS_FEMALE))
                .append(" lượt, chiếm ")
                .append(Percent.format(f.share(Figure.ACTIVITY_PARTICIPANTS_FEMALE, Figure.ACTIVITY_PARTICIPANTS_MALE)))
                .append(")");
        StringJoiner months = new StringJoiner(" và ", "; trong đó ", "");
        months.setEmptyValue("");
        if (ActionMonth.DOMESTIC_VIOLENCE_JUNE.overlaps(data.from(), data.to())) {
            months.add(f.get(Figure.ACTIVITIES_JUNE)
                    + " hoạt động hưởng ứng Tháng hành động phòng, chống bạo lực gia đình (tháng 6)");
        }
        if (ActionMonth.GENDER_EQUALITY_NOV_DEC.overlaps(data.from(), data.to())) {
            months.add(f.get(Figure.ACTIVITIES_NOV_DEC) + " hoạt động hưởng ứng Tháng hành động vì bình đẳng giới "
                    + "và phòng, chống bạo lực trên cơ sở giới (15/11 – 15/12)");
        }
        if (f.get(Figure.ACTIVITIES_JUNE) + f.get(Figure.ACTIVITIES_NOV_DEC) > 0) {
            text.append(months);
        }
        text.append('.').append(topics(data));
        if (!data.activities().isEmpty()) {
            text.append(data.districtOffice() ? "\nHoạt động do Phòng GD&ĐT tổ chức:" : "\nCụ thể:");
        }
        for (ActivityLine a : data.activities()) {
            text.append("\n- ").append(VietnameseText.date(a.heldOn())).append(": ").append(a.title()).append(" (")
                    .append(form(a.form())).append("; ").append(audience(a)).append(a.participantsTotal())
                    .append(" người tham gia, nữ ").append(a.participantsFemale()).append(")");
            if (!namesActionMonth(a.title())) {
                if (a.actionMonth() == ActionMonth.DOMESTIC_VIOLENCE_JUNE) {
                    text.append(", hưởng ứng Tháng hành động phòng, chống bạo lực gia đình");
                } else if (a.actionMonth() == ActionMonth.GENDER_EQUALITY_NOV_DEC) {
                    text.append(", hưởng ứng Tháng hành động vì bình đẳng giới");
                }
            }
            text.append('.');
            if (a.effectiveness() != null && !a.effectiveness().isBlank()) {
                text.append(" Hiệu quả: ").append(a.effectiveness().strip().replace('\n', ' '));
            }
        }
        return text.toString();
    }

    /** A title that already says which action month it answers ("Hưởng ứng Tháng hành động …"). */
    static boolean namesActionMonth(String title) {
        String lower = VietnameseText.nfc(title).toLowerCase(VietnameseText.VIETNAMESE);
        return lower.contains("tháng hành động");
    }

    private static String audience(ActivityLine a) {
        StringJoiner who = new StringJoiner(", ", "đối tượng: ", "; ");
        who.setEmptyValue("");
        if (a.audienceStaff()) {
            who.add("cán bộ, giáo viên, nhân viên");
        }
        if (a.audienceStudents()) {
            who.add("học sinh");
        }
        if (a.audienceParents()) {
            who.add("cha mẹ học sinh");
        }
        return who.toString();
    }

    static String form(ActivityForm form) {
        return switch (form) {
            case MEETING -> "hội nghị, sinh hoạt";
            case TALK -> "nói chuyện chuyên đề";
            case CONTEST -> "hội thi";
            case POSTER -> "pa-nô, áp phích";
            case ONLINE_POST -> "bài viết trên trang thông tin điện tử, mạng xã hội";
            case LESSON_INTEGRATED -> "lồng ghép trong bài học";
            case OTHER -> "hình thức khác";
        };
    }

    static String staff(PrefillData data) {
        ReportFigures f = data.figures();
        if (f.total(Figure.STAFF_FEMALE, Figure.STAFF_MALE) == 0) {
            return "Chưa có số liệu thống kê cán bộ của kỳ báo cáo trong sổ theo dõi.";
        }
        StringBuilder text = new StringBuilder();
        text.append("Tổng số cán bộ, công chức, viên chức, người lao động: ")
                .append(f.total(Figure.STAFF_FEMALE, Figure.STAFF_MALE)).append(" người, trong đó nữ ")
                .append(f.get(Figure.STAFF_FEMALE)).append(" người (").append(Percent.format(
                        f.share(Figure.STAFF_FEMALE, Figure.STAFF_MALE))).append(").");
        text.append("\nNữ tham gia lãnh đạo, quản lý: ").append(f.get(Figure.LEADERS_FEMALE)).append('/')
                .append(f.total(Figure.LEADERS_FEMALE, Figure.LEADERS_MALE)).append(" người (")
                .append(Percent.format(f.share(Figure.LEADERS_FEMALE, Figure.LEADERS_MALE))).append(")")
                .append(target(f.share(Figure.LEADERS_FEMALE, Figure.LEADERS_MALE), data)).append('.');
        text.append("\nNữ tham gia cấp ủy: ").append(f.get(Figure.PARTY_COMMITTEE_FEMALE)).append('/')
                .append(f.total(Figure.PARTY_COMMITTEE_FEMALE, Figure.PARTY_COMMITTEE_MALE)).append(" cấp ủy viên (")
                .append(Percent.format(f.share(Figure.PARTY_COMMITTEE_FEMALE, Figure.PARTY_COMMITTEE_MALE)))
                .append(")").append(target(f.share(Figure.PARTY_COMMITTEE_FEMALE, Figure.PARTY_COMMITTEE_MALE), data))
                .append('.');
        text.append(successionPool(f));
        long standing = f.total(Figure.STANDING_COMMITTEE_FEMALE, Figure.STANDING_COMMITTEE_MALE);
        if (standing > 0) {
            text.append("\nBan Thường vụ cấp ủy: ").append(standing).append(" người, trong đó nữ ")
                    .append(f.get(Figure.STANDING_COMMITTEE_FEMALE)).append(" người.");
        }
        if (!data.unitsWithoutWomanInStandingCommittee().isEmpty()) {
            text.append(data.districtOffice() ? "\nLưu ý: Ban Thường vụ cấp ủy chưa có cán bộ nữ tại: "
                    + String.join(", ", data.unitsWithoutWomanInStandingCommittee()) + "."
                    : "\nLưu ý: Ban Thường vụ cấp ủy của đơn vị chưa có cán bộ nữ.");
        }
        return text.toString();
    }

    /** ", đạt chỉ tiêu 20–25%" and the like; nothing when there is nobody to count. */
    static String target(Percent share, PrefillData data) {
        if (share == null || data.target() == null) {
            return "";
        }
        BigDecimal min = data.target().minPercent();
        BigDecimal max = data.target().maxPercent();
        String range = plain(min) + "–" + plain(max) + "%";
        if (share.value().compareTo(min) < 0) {
            return ", chưa đạt chỉ tiêu " + range;
        }
        return share.value().compareTo(max) > 0 ? ", vượt chỉ tiêu " + range : ", đạt chỉ tiêu " + range;
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString().replace('.', ',');
    }

    static String cases(ReportFigures f, boolean suppress) {
        long total = f.get(Figure.CASES);
        if (total == 0) {
            return "Trong kỳ báo cáo, " + (suppress ? "các trường" : "đơn vị")
                    + " không tiếp nhận vụ việc bạo lực trên cơ sở giới nào.";
        }
        StringJoiner types = new StringJoiner(", ");
        for (GbvType type : GbvType.values()) {
            long n = f.get(Figure.casesOfType(type));
            if (n > 0) {
                types.add(LABELS[type.ordinal()] + ": " + ReportDocumentBuilder.count(n, suppress));
            }
        }
        StringBuilder text = new StringBuilder();
        text.append("Trong kỳ báo cáo, ").append(suppress ? "các trường" : "đơn vị").append(" đã tiếp nhận ")
                .append(ReportDocumentBuilder.count(total, suppress)).append(" vụ việc (").append(types)
                .append(").");
        text.append(" Đã phối hợp với cơ quan công an trong ")
                .append(ReportDocumentBuilder.count(f.get(Figure.CASES_WITH_POLICE), suppress))
                .append(" vụ việc, với cơ quan tư pháp trong ")
                .append(ReportDocumentBuilder.count(f.get(Figure.CASES_WITH_JUSTICE), suppress))
                .append(" vụ việc; chuyển gửi ")
                .append(ReportDocumentBuilder.count(f.get(Figure.CASES_REFERRED), suppress))
                .append(" vụ việc đến các dịch vụ hỗ trợ (Trung tâm công tác xã hội, địa chỉ tin cậy – nhà tạm lánh…).");
        long open = f.get(Figure.CASES_REPORTED) + f.get(Figure.CASES_VERIFYING) + f.get(Figure.CASES_IN_PROGRESS);
        text.append(" Đến cuối kỳ, ").append(ReportDocumentBuilder.count(f.get(Figure.CASES_CLOSED), suppress))
                .append(" vụ việc đã kết thúc xử lý, ").append(ReportDocumentBuilder.count(open, suppress))
                .append(" vụ việc đang được xác minh, xử lý.");
        return text.toString();
    }

    private static final String[] LABELS = {
        "hiếp dâm", "tấn công tình dục", "bạo lực thể chất", "cưỡng ép kết hôn",
        "tước đoạt nguồn lực, cơ hội hoặc dịch vụ", "bạo lực tinh thần, tâm lý", "không phải bạo lực trên cơ sở giới"
    };

    static String documents(PrefillData data) {
        ReportFigures f = data.figures();
        long count = f.get(Figure.DOCUMENTS);
        if (count == 0) {
            return "Trong kỳ chưa ban hành văn bản nào về hoạt động vì sự tiến bộ của phụ nữ.";
        }
        StringBuilder text = new StringBuilder();
        text.append(data.districtOffice() ? capitalised(sector(data)) + " đã ban hành " : "Đơn vị đã ban hành ")
                .append(count)
                .append(" văn bản (kế hoạch: ").append(f.get(Figure.DOCUMENTS_PLAN)).append("; chương trình: ")
                .append(f.get(Figure.DOCUMENTS_PROGRAMME)).append("; hướng dẫn: ")
                .append(f.get(Figure.DOCUMENTS_GUIDANCE)).append("; quyết định: ")
                .append(f.get(Figure.DOCUMENTS_DECISION)).append("; khác: ").append(f.get(Figure.DOCUMENTS_OTHER))
                .append(").");
        if (!data.documents().isEmpty()) {
            text.append(data.districtOffice() ? "\nVăn bản của Phòng GD&ĐT:" : "");
        }
        for (DocumentLine d : data.documents()) {
            text.append("\n- ").append(documentType(d.type())).append(" số ").append(d.number()).append(" ngày ")
                    .append(VietnameseText.date(d.issuedOn())).append(": ").append(d.title()).append('.');
        }
        return text.toString();
    }

    /**
     * II.4 a): the documents, then the work plans with their budget. When plans are recorded but no other
     * document is, the "no document issued" sentence is left out: a plan is a document.
     */
    static String documentsAndWorkPlans(PrefillData data) {
        String plans = workPlans(data);
        if (plans.isEmpty()) {
            return documents(data);
        }
        return data.figures().get(Figure.DOCUMENTS) == 0 ? plans : documents(data) + "\n" + plans;
    }

    /**
     * The work plans issued in the period and their money as the register has it (nothing when none was issued,
     * so nothing is claimed for another period): planned, spent (its share of the plan, or how much over),
     * mobilised.
     */
    static String workPlans(PrefillData data) {
        ReportFigures f = data.figures();
        long plans = f.get(Figure.WORK_PLANS);
        if (plans == 0) {
            return "";
        }
        long planned = f.get(Figure.WORK_PLAN_BUDGET_PLANNED);
        long spent = f.get(Figure.WORK_PLAN_BUDGET_SPENT);
        long mobilised = f.get(Figure.WORK_PLAN_RESOURCES_MOBILISED);
        StringBuilder text = new StringBuilder("Về kế hoạch công tác và kinh phí: ");
        text.append(data.districtOffice() ? sector(data) + " đã ban hành " : "đơn vị đã ban hành ").append(plans)
                .append(" kế hoạch công tác vì sự tiến bộ của phụ nữ kèm dự toán kinh phí theo Thông tư số "
                        + "191/2009/TT-BTC của Bộ Tài chính, tổng kinh phí dự kiến ")
                .append(Money.format(planned)).append("; theo sổ theo dõi, đã chi ").append(Money.format(spent));
        if (spent > planned) {
            text.append(", vượt ").append(Money.format(spent - planned)).append(" so với dự kiến");
        } else if (planned > 0) {
            text.append(" (bằng ").append(Percent.of(spent, planned).format()).append(" kinh phí dự kiến)");
        }
        text.append('.');
        if (mobilised > 0) {
            text.append(" Nguồn lực huy động, xã hội hóa từ các tổ chức, cá nhân (tiền và hiện vật quy ra tiền): ")
                    .append(Money.format(mobilised)).append('.');
        }
        return text.toString();
    }

    static String documentType(DocumentType type) {
        return switch (type) {
            case PLAN -> "Kế hoạch";
            case PROGRAMME -> "Chương trình";
            case GUIDANCE -> "Hướng dẫn";
            case DECISION -> "Quyết định";
            case REPORT -> "Báo cáo";
            case OTHER -> "Văn bản";
        };
    }

    /** Counts a document type under the figure the report shows it in. */
    public static Figure documentFigure(DocumentType type) {
        return switch (type) {
            case PLAN -> Figure.DOCUMENTS_PLAN;
            case PROGRAMME -> Figure.DOCUMENTS_PROGRAMME;
            case GUIDANCE -> Figure.DOCUMENTS_GUIDANCE;
            case DECISION -> Figure.DOCUMENTS_DECISION;
            case REPORT, OTHER -> Figure.DOCUMENTS_OTHER;
        };
    }

    static String committee(ReportFigures f) {
        long members = f.total(Figure.COMMITTEE_FEMALE, Figure.COMMITTEE_MALE);
        if (members == 0) {
            return "";
        }
        return "Ban vì sự tiến bộ của phụ nữ có " + members + " thành viên, trong đó nữ "
                + f.get(Figure.COMMITTEE_FEMALE) + " người (" + Percent.format(f.share(Figure.COMMITTEE_FEMALE,
                Figure.COMMITTEE_MALE)) + ").";
    }

    /**
     * II.4 b) from the committee register: the decision in force, its members serving at the period's end
     * and the meetings of the period; from the staff statistics' committee count when the register has
     * nothing on the committee. Only what the period holds is called "in the period".
     */
    static String committee(PrefillData data) {
        ReportFigures f = data.figures();
        long committees = f.get(Figure.WOMEN_COMMITTEES);
        long meetings = f.get(Figure.WOMEN_COMMITTEE_MEETINGS);
        if (committees == 0 && meetings == 0 && f.get(Figure.WOMEN_COMMITTEES_REFORMED) == 0) {
            return committee(f);
        }
        long members = f.total(Figure.WOMEN_COMMITTEE_MEMBERS_FEMALE, Figure.WOMEN_COMMITTEE_MEMBERS_MALE);
        String share = Percent.format(f.share(Figure.WOMEN_COMMITTEE_MEMBERS_FEMALE, Figure.WOMEN_COMMITTEE_MEMBERS_MALE));
        StringBuilder text = new StringBuilder();
        if (data.districtOffice()) {
            text.append(capitalised(sector(data))).append(" có ").append(committees)
                    .append(" Ban vì sự tiến bộ của phụ nữ đã được thành lập");
            long reformed = f.get(Figure.WOMEN_COMMITTEES_REFORMED);
            if (reformed > 0) {
                text.append(" (trong đó ").append(reformed).append(" Ban được kiện toàn trong kỳ báo cáo)");
            }
            if (members > 0) {
                text.append(", với tổng số ").append(members).append(" thành viên, trong đó nữ ")
                        .append(f.get(Figure.WOMEN_COMMITTEE_MEMBERS_FEMALE)).append(" người (chiếm ").append(share)
                        .append(")");
            }
            text.append('.');
            if (data.committeeDecision() != null) {
                text.append(" Ban vì sự tiến bộ của phụ nữ của Phòng GD&ĐT được kiện toàn theo ")
                        .append(decision(data.committeeDecision())).append('.');
            }
            text.append(meetings > 0 ? " Trong kỳ báo cáo, các Ban đã tổ chức " + meetings + " cuộc họp."
                    : " Trong kỳ báo cáo, chưa có cuộc họp nào của các Ban được ghi nhận.");
            return text.toString();
        }
        if (data.committeeDecision() == null) {
            text.append("Đơn vị chưa cập nhật quyết định thành lập, kiện toàn Ban vì sự tiến bộ của phụ nữ vào sổ theo dõi.");
        } else if (f.get(Figure.WOMEN_COMMITTEES_REFORMED) > 0) {
            text.append("Trong kỳ báo cáo, đơn vị đã kiện toàn Ban vì sự tiến bộ của phụ nữ theo ")
                    .append(decision(data.committeeDecision())).append('.');
        } else {
            text.append("Ban vì sự tiến bộ của phụ nữ của đơn vị được kiện toàn theo ")
                    .append(decision(data.committeeDecision()))
                    .append("; trong kỳ báo cáo không có thay đổi về nhân sự của Ban.");
        }
        if (data.committeeDecision() != null) {
            text.append(members > 0 ? " Ban hiện có " + members + " thành viên, trong đó nữ "
                    + f.get(Figure.WOMEN_COMMITTEE_MEMBERS_FEMALE) + " người (chiếm " + share + ")."
                    : " Nhiệm kỳ của các thành viên Ban đã hết, đơn vị cần kiện toàn Ban.");
        }
        text.append(meetings > 0 ? " Trong kỳ báo cáo, Ban đã tổ chức " + meetings + " cuộc họp."
                : " Trong kỳ báo cáo, chưa có cuộc họp nào của Ban được ghi nhận.");
        return text.toString();
    }

    /** "Quyết định số 25/QĐ-THSM ngày 05/09/2026 của Hiệu trưởng …". */
    private static String decision(CommitteeDecisionLine d) {
        return "Quyết định số " + d.decisionNumber() + " ngày " + VietnameseText.date(d.decidedOn()) + " của "
                + d.signerBody();
    }

    static String trainings(PrefillData data) {
        ReportFigures f = data.figures();
        long count = f.get(Figure.TRAININGS);
        if (count == 0) {
            return "Trong kỳ chưa có lớp tập huấn nào được ghi nhận.";
        }
        StringBuilder text = new StringBuilder();
        text.append(data.districtOffice() ? capitalised(sector(data)) + " đã tổ chức, tham gia "
                        : "Đơn vị đã tổ chức, tham gia ")
                .append(count).append(" lớp tập huấn với ")
                .append(f.total(Figure.TRAINING_PARTICIPANTS_FEMALE, Figure.TRAINING_PARTICIPANTS_MALE))
                .append(" lượt người tham gia (nữ ").append(f.get(Figure.TRAINING_PARTICIPANTS_FEMALE))
                .append(" lượt)");
        if (f.get(Figure.TRAININGS_LEADERSHIP_FOR_WOMEN) > 0) {
            text.append(", trong đó ").append(f.get(Figure.TRAININGS_LEADERSHIP_FOR_WOMEN))
                    .append(" lớp bồi dưỡng kỹ năng cho nữ lãnh đạo, quản lý, nữ trong diện quy hoạch");
        }
        text.append('.');
        for (TrainingLine t : data.trainings()) {
            text.append("\n- ").append(VietnameseText.date(t.startsOn()));
            if (!t.endsOn().equals(t.startsOn())) {
                text.append(" – ").append(VietnameseText.date(t.endsOn()));
            }
            text.append(": ").append(t.topic()).append(" (").append(t.organiser()).append("; ")
                    .append(t.participantsTotal()).append(" người, nữ ").append(t.participantsFemale()).append(").");
        }
        return text.toString();
    }

    static String inspectionPlan(PrefillData data) {
        if (data.inspections().isEmpty()) {
            return data.districtOffice() ? "Chưa có kế hoạch kiểm tra trong kỳ."
                    : "Trong kỳ, đơn vị không có trong kế hoạch kiểm tra của Phòng GD&ĐT.";
        }
        StringBuilder text = new StringBuilder();
        text.append(data.districtOffice() ? "Phòng GD&ĐT đã lập kế hoạch kiểm tra " + data.inspections().size()
                + " lượt trường:" : "Phòng GD&ĐT kiểm tra đơn vị theo kế hoạch:");
        for (InspectionLine i : data.inspections()) {
            text.append("\n- ").append(VietnameseText.date(i.plannedOn())).append(data.districtOffice()
                    ? ", " + i.schoolName() : "").append(": ").append(i.content().strip().replace('\n', ' '));
        }
        text.append(plannedTopics(data));
        return text.toString();
    }

    /** Women among the staff in the leadership succession pool; nothing when no pool was counted. */
    static String successionPool(ReportFigures f) {
        long pool = f.total(Figure.SUCCESSION_POOL_FEMALE, Figure.SUCCESSION_POOL_MALE);
        if (pool == 0) {
            return "";
        }
        return "\nCán bộ trong diện quy hoạch chức vụ lãnh đạo, quản lý: " + pool + " người, trong đó nữ "
                + f.get(Figure.SUCCESSION_POOL_FEMALE) + " người (" + Percent.format(
                f.share(Figure.SUCCESSION_POOL_FEMALE, Figure.SUCCESSION_POOL_MALE)) + ").";
    }

    /** How many checklist topics the planned inspections cover (the letter's six, §4đ). */
    static String plannedTopics(PrefillData data) {
        long topics = data.figures().get(Figure.INSPECTION_TOPICS_PLANNED);
        if (topics == 0) {
            return "";
        }
        return data.districtOffice()
                ? "\nCác cuộc kiểm tra tập trung vào " + topics + " lượt nội dung theo hướng dẫn (tổ chức và hoạt động "
                        + "của Ban vì sự tiến bộ của phụ nữ, triển khai chính sách, pháp luật về bình đẳng giới, công tác "
                        + "cán bộ nữ, tình trạng bạo hành với phụ nữ và trẻ em gái...)."
                : "\nNội dung kiểm tra gồm " + topics + " nội dung theo hướng dẫn của Phòng GD&ĐT.";
    }

    /** "8 lượt nội dung đạt, 2 lượt nội dung đạt một phần, 1 lượt nội dung chưa đạt" (counts of zero left out). */
    static String topicResults(long met, long partly, long notMet, boolean several) {
        String unit = several ? " lượt nội dung " : " nội dung ";
        StringJoiner parts = new StringJoiner(", ");
        if (met > 0) {
            parts.add(met + unit + "đạt");
        }
        if (partly > 0) {
            parts.add(partly + unit + "đạt một phần");
        }
        if (notMet > 0) {
            parts.add(notMet + unit + "chưa đạt");
        }
        return parts.toString();
    }

    static String inspectionResults(PrefillData data) {
        List<InspectionLine> done = data.inspections().stream().filter(InspectionLine::isDone).toList();
        StringBuilder text = new StringBuilder(inspectionsDone(data, done));
        String self = selfInspections(data);
        if (!self.isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n").append(self);
        }
        return text.toString();
    }

    /** The schools' self-inspections (tự kiểm tra) against the same checklist. */
    static String selfInspections(PrefillData data) {
        ReportFigures f = data.figures();
        long count = f.get(Figure.SELF_INSPECTIONS);
        if (count == 0) {
            return "";
        }
        String results = topicResults(f.get(Figure.SELF_INSPECTION_TOPICS_MET),
                f.get(Figure.SELF_INSPECTION_TOPICS_PARTLY_MET), f.get(Figure.SELF_INSPECTION_TOPICS_NOT_MET),
                data.districtOffice() || count > 1);
        return (data.districtOffice() ? "Các trường đã tự kiểm tra " + count + " lượt"
                : "Đơn vị đã tự kiểm tra " + count + " lần") + " theo các nội dung hướng dẫn"
                + (results.isEmpty() ? "." : "; kết quả tự đánh giá: " + results + ".");
    }

    private static String inspectionsDone(PrefillData data, List<InspectionLine> done) {
        if (done.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        text.append("Đã kiểm tra ").append(done.size()).append('/').append(data.inspections().size())
                .append(" lượt theo kế hoạch.");
        for (InspectionLine i : done) {
            text.append("\n- ").append(data.districtOffice() ? i.schoolName() + ", kiểm tra ngày " : "Kiểm tra ngày ")
                    .append(VietnameseText.date(i.doneOn())).append(": ")
                    .append(i.findings() == null ? "" : i.findings().strip().replace('\n', ' '));
            if (i.recommendations() != null && !i.recommendations().isBlank()) {
                text.append(" Kiến nghị: ").append(i.recommendations().strip().replace('\n', ' '));
            }
        }
        ReportFigures f = data.figures();
        String results = topicResults(f.get(Figure.INSPECTION_TOPICS_MET), f.get(Figure.INSPECTION_TOPICS_PARTLY_MET),
                f.get(Figure.INSPECTION_TOPICS_NOT_MET), data.districtOffice());
        if (!results.isEmpty()) {
            text.append("\nKết quả theo nội dung kiểm tra: ").append(results).append('.');
        }
        return text.toString();
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + "\n" + second;
    }

    /** " Về nội dung, có 3 hoạt động tuyên truyền Luật Bình đẳng giới; …" – nothing when no topic was recorded. */
    static String topics(PrefillData data) {
        ReportFigures f = data.figures();
        StringJoiner parts = new StringJoiner("; ", " Về nội dung, có ", "");
        parts.setEmptyValue("");
        long mentions = 0;
        for (ActivityTopic topic : ActivityTopic.values()) {
            long n = f.get(Figure.activitiesOnTopic(topic));
            if (n > 0) {
                parts.add(n + " hoạt động " + topicPhrase(topic));
                mentions += n;
            }
        }
        if (mentions == 0) {
            return "";
        }
        return parts + (mentions > f.get(Figure.ACTIVITIES) ? " (một hoạt động có thể lồng ghép nhiều nội dung)." : ".");
    }

    static String topicPhrase(ActivityTopic topic) {
        return switch (topic) {
            case GENDER_EQUALITY_LAW -> "tuyên truyền Luật Bình đẳng giới";
            case LABOUR_CODE_2019 -> "tuyên truyền những nội dung mới về bình đẳng giới, lao động nữ trong Bộ luật "
                    + "Lao động năm 2019";
            case DIRECTIVE_21 -> "quán triệt Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư về tiếp tục đẩy mạnh "
                    + "công tác phụ nữ trong tình hình mới";
            case CRITERIA_4969 -> "lồng ghép các tiêu chí về bình đẳng giới tại Quyết định số 4969/QĐ-BGDĐT";
            case ELECTIONS -> "truyền thông về bình đẳng giới phục vụ công tác bầu cử, tạo nguồn cán bộ nữ ứng cử";
            case OTHER -> "về các nội dung khác";
        };
    }

    /** II.3 a): the activities and trainings on the criteria of Decision 4969 in the period; empty when none. */
    static String criteria4969(PrefillData data) {
        ReportFigures f = data.figures();
        long activities = f.get(Figure.ACTIVITIES_TOPIC_CRITERIA_4969);
        long trainings = f.get(Figure.TRAININGS_TOPIC_CRITERIA_4969);
        if (activities + trainings == 0) {
            return "";
        }
        StringJoiner through = new StringJoiner(" và ");
        if (activities > 0) {
            through.add(activities + " hoạt động truyền thông");
        }
        if (trainings > 0) {
            through.add(trainings + " lớp tập huấn");
        }
        StringBuilder text = new StringBuilder();
        text.append("Trong kỳ báo cáo (từ ").append(VietnameseText.date(data.from())).append(" đến ")
                .append(VietnameseText.date(data.to())).append("), ")
                .append(data.districtOffice() ? sector(data) + " đã" : "đơn vị đã")
                .append(" lồng ghép các tiêu chí về bình đẳng giới tại Quyết định số 4969/QĐ-BGDĐT ngày 28/10/2016 "
                        + "của Bộ trưởng Bộ Giáo dục và Đào tạo vào chương trình công tác thông qua ")
                .append(through).append('.');
        if (!data.criteriaWork().isEmpty()) {
            text.append(data.districtOffice() ? "\nDo Phòng GD&ĐT thực hiện:" : "\nCụ thể:");
        }
        for (TopicWork w : data.criteriaWork()) {
            text.append("\n- ").append(VietnameseText.date(w.on())).append(": ").append(w.title()).append(" (")
                    .append(w.training() ? "tập huấn" : "hoạt động truyền thông").append("; ")
                    .append(w.participantsTotal()).append(" người tham gia, nữ ").append(w.participantsFemale())
                    .append(").");
        }
        return text.toString();
    }

    /** II.3 c): the largest activity of the period held with partners; empty when none was. */
    static String partnered(PrefillData data) {
        long withPartners = data.figures().get(Figure.ACTIVITIES_WITH_PARTNERS);
        PartneredActivity a = data.partnered();
        StringBuilder text = new StringBuilder();
        if (a != null) {
            text.append("Ngày ").append(VietnameseText.date(a.heldOn())).append(", ")
                    .append(data.districtOffice() ? "Phòng GD&ĐT" : "đơn vị").append(" đã phối hợp với ")
                    .append(names(a.partners())).append(" tổ chức hoạt động \u201c").append(a.title().strip())
                    .append("\u201d (").append(form(a.form())).append(") với ").append(a.participantsTotal())
                    .append(" người tham gia, trong đó nữ ").append(a.participantsFemale()).append(" người.");
            if (a.effectiveness() != null && !a.effectiveness().isBlank()) {
                text.append(" Hiệu quả: ").append(a.effectiveness().strip().replace('\n', ' '));
                if (!a.effectiveness().strip().endsWith(".")) {
                    text.append('.');
                }
            }
        }
        if (withPartners > 1 || (a == null && withPartners > 0)) {
            text.append(text.length() == 0 ? "" : "\n").append("Trong kỳ báo cáo, ")
                    .append(data.districtOffice() ? sector(data) : "đơn vị")
                    .append(" đã phối hợp với các cơ quan, đơn vị liên quan tổ chức ").append(withPartners)
                    .append(" hoạt động truyền thông về bình đẳng giới và vì sự tiến bộ của phụ nữ.");
        }
        return text.toString();
    }

    /** "A", "A và B", "A, B và C". */
    static String names(java.util.List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
    }

    /** II.1 b), after the staff: the emulation nominations of the period and women among the individuals. */
    static String nominations(PrefillData data) {
        ReportFigures f = data.figures();
        long collectives = f.get(Figure.NOMINATED_COLLECTIVES);
        long individuals = f.total(Figure.NOMINATED_INDIVIDUALS_FEMALE, Figure.NOMINATED_INDIVIDUALS_MALE);
        if (collectives + individuals == 0) {
            return "";
        }
        StringJoiner whom = new StringJoiner(" và ");
        if (collectives > 0) {
            whom.add(collectives + " tập thể");
        }
        if (individuals > 0) {
            whom.add(individuals + " cá nhân");
        }
        StringBuilder text = new StringBuilder("Công tác thi đua, khen thưởng: trong kỳ báo cáo, ")
                .append(data.districtOffice() ? sector(data) : "đơn vị").append(" đã đề nghị khen thưởng ")
                .append(whom);
        if (individuals > 0) {
            text.append("; trong số cá nhân được đề nghị có ").append(f.get(Figure.NOMINATED_INDIVIDUALS_FEMALE))
                    .append(" nữ (chiếm ").append(Percent.format(f.share(Figure.NOMINATED_INDIVIDUALS_FEMALE,
                            Figure.NOMINATED_INDIVIDUALS_MALE))).append(")");
        }
        return text.append('.').toString();
    }
}
