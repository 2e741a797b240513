package vn.tincay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tincay.register.CommitteeDecisionLine;
import vn.tincay.register.TargetRange;

/**
 * II.4 b) as an officer writes it, from the committee register of an interim report 2026 (01/01–12/05):
 * the decision in force, its members serving at the period's end, the meetings of the period; and the
 * district's sentence from the schools' accepted reports summed with the office's own register.
 */
class CommitteePrefillTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 5, 12);
    private static final CommitteeDecisionLine SCHOOL_DECISION = new CommitteeDecisionLine(1, 7L,
            "Trường Tiểu học Demo Sao Mai", "25/QĐ-THSM", LocalDate.of(2026, 3, 2),
            "Hiệu trưởng Trường Tiểu học Demo Sao Mai", 0);

    private static PrefillData data(boolean district, ReportFigures f, CommitteeDecisionLine decision, long reported,
                                    long schools) {
        return new PrefillData(district, FROM, TO, f, TargetRange.DEFAULT, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), reported, schools, decision, List.of(), null);
    }

    private static ReportFigures committee(long units, long reformed, long female, long male, long meetings) {
        return new ReportFigures().set(Figure.WOMEN_COMMITTEES, units).set(Figure.WOMEN_COMMITTEES_REFORMED, reformed)
                .set(Figure.WOMEN_COMMITTEE_MEMBERS_FEMALE, female).set(Figure.WOMEN_COMMITTEE_MEMBERS_MALE, male)
                .set(Figure.WOMEN_COMMITTEE_MEETINGS, meetings);
    }

    @Test
    void aSchoolThatReformedItsCommitteeInThePeriodSaysByWhichDecisionWithItsMembersAndMeetings() {
        assertEquals("Trong kỳ báo cáo, đơn vị đã kiện toàn Ban vì sự tiến bộ của phụ nữ theo Quyết định số "
                        + "25/QĐ-THSM ngày 02/03/2026 của Hiệu trưởng Trường Tiểu học Demo Sao Mai. Ban hiện có 7 thành "
                        + "viên, trong đó nữ 5 người (chiếm 71,4%). Trong kỳ báo cáo, Ban đã tổ chức 2 cuộc họp.",
                ReportTexts.committee(data(false, committee(1, 1, 5, 2, 2), SCHOOL_DECISION, 0, 0)));
    }

    @Test
    void aCommitteeReformedBeforeThePeriodIsNotCalledReformedInItAndNoMeetingIsNotCalledZeroMeetings() {
        CommitteeDecisionLine earlier = new CommitteeDecisionLine(1, 7L, "Trường Demo", "12/QĐ-THSM",
                LocalDate.of(2025, 9, 5), "Hiệu trưởng Trường Demo", 0);
        String text = ReportTexts.committee(data(false, committee(1, 0, 3, 1, 0), earlier, 0, 0));
        assertEquals("Ban vì sự tiến bộ của phụ nữ của đơn vị được kiện toàn theo Quyết định số 12/QĐ-THSM ngày "
                + "05/09/2025 của Hiệu trưởng Trường Demo; trong kỳ báo cáo không có thay đổi về nhân sự của Ban. Ban "
                + "hiện có 4 thành viên, trong đó nữ 3 người (chiếm 75%). Trong kỳ báo cáo, chưa có cuộc họp nào của Ban "
                + "được ghi nhận.", text);
        assertFalse(text.contains(" 0 "), "no zero is claimed");
    }

    @Test
    void aCommitteeWhoseMembersTermsEndedAsksToBeReformed() {
        String text = ReportTexts.committee(data(false, committee(1, 0, 0, 0, 1), SCHOOL_DECISION, 0, 0));
        assertEquals("Ban vì sự tiến bộ của phụ nữ của đơn vị được kiện toàn theo Quyết định số 25/QĐ-THSM ngày "
                + "02/03/2026 của Hiệu trưởng Trường Tiểu học Demo Sao Mai; trong kỳ báo cáo không có thay đổi về nhân "
                + "sự của Ban. Nhiệm kỳ của các thành viên Ban đã hết, đơn vị cần kiện toàn Ban. Trong kỳ báo cáo, Ban "
                + "đã tổ chức 1 cuộc họp.", text);
    }

    @Test
    void withoutTheCommitteeRegisterTheStaffStatisticsCountStays() {
        ReportFigures staff = new ReportFigures().set(Figure.COMMITTEE_FEMALE, 4).set(Figure.COMMITTEE_MALE, 1);
        assertEquals("Ban vì sự tiến bộ của phụ nữ có 5 thành viên, trong đó nữ 4 người (80%).",
                ReportTexts.committee(data(false, staff, null, 0, 0)));
        assertEquals("", ReportTexts.committee(data(false, new ReportFigures(), null, 0, 0)));
    }

    @Test
    void theDistrictSumsTheAcceptedSchoolReportsAndTheOfficeAndSaysWhomTheFiguresCover() {
        ReportFigures schools = committee(2, 1, 8, 3, 5);
        ReportFigures office = committee(1, 0, 2, 1, 1);
        ReportFigures combined = Consolidation.combine(schools, office);
        assertEquals(3, combined.get(Figure.WOMEN_COMMITTEES));
        assertEquals(1, combined.get(Figure.WOMEN_COMMITTEES_REFORMED));
        assertEquals(10, combined.get(Figure.WOMEN_COMMITTEE_MEMBERS_FEMALE));
        assertEquals(4, combined.get(Figure.WOMEN_COMMITTEE_MEMBERS_MALE));
        assertEquals(6, combined.get(Figure.WOMEN_COMMITTEE_MEETINGS));
        CommitteeDecisionLine officeDecision = new CommitteeDecisionLine(2, null, "Phòng GD&ĐT Huyện Demo",
                "15/QĐ-PGDĐT", LocalDate.of(2025, 10, 1), "Trưởng phòng Phòng GD&ĐT Huyện Demo", 0);
        assertEquals("Theo báo cáo đã được duyệt của 2/5 trường và số liệu của Phòng GD&ĐT, các đơn vị có 3 Ban vì sự "
                        + "tiến bộ của phụ nữ đã được thành lập (trong đó 1 Ban được kiện toàn trong kỳ báo cáo), với tổng "
                        + "số 14 thành viên, trong đó nữ 10 người (chiếm 71,4%). Ban vì sự tiến bộ của phụ nữ của Phòng "
                        + "GD&ĐT được kiện toàn theo Quyết định số 15/QĐ-PGDĐT ngày 01/10/2025 của Trưởng phòng Phòng "
                        + "GD&ĐT Huyện Demo. Trong kỳ báo cáo, các Ban đã tổ chức 6 cuộc họp.",
                ReportTexts.committee(data(true, combined, officeDecision, 2, 5)));
        assertTrue(ReportTexts.committee(data(true, combined, officeDecision, 5, 5)).startsWith(
                "Toàn ngành (các trường và Phòng GD&ĐT) có 3 Ban vì sự tiến bộ của phụ nữ đã được thành lập"),
                "every school reported: the whole sector");
    }
}
