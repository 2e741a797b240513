package vn.tincay.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tincay.organisation.District;
import vn.tincay.platform.UserFacingException;

/** The checklist of letter 000 §4đ, shared by the district's inspections and the schools' self-inspections. */
class ChecklistTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    private static List<ChecklistLine> allCovered(ChecklistResult result, String remark) {
        List<ChecklistLine> lines = new ArrayList<>();
        for (ChecklistTopic topic : ChecklistTopic.values()) {
            lines.add(new ChecklistLine(topic, true, result, remark));
        }
        return lines;
    }

    private static String key(Runnable action) {
        return assertThrows(UserFacingException.class, action::run).getMessageKey();
    }

    @Test
    void theTopicsAreTheSixOfTheLetterInItsOrderAndWording() {
        assertEquals(6, ChecklistTopic.values().length);
        assertEquals("Tổ chức và hoạt động của Ban vì sự tiến bộ của phụ nữ", ChecklistTopic.COMMITTEE.letterWording());
        assertEquals("Công tác cán bộ nữ và việc quy hoạch, tạo nguồn, bổ nhiệm và sử dụng cán bộ nữ",
                ChecklistTopic.WOMEN_STAFF.letterWording());
        assertEquals("Tình trạng bạo hành với phụ nữ và trẻ em gái", ChecklistTopic.values()[3].letterWording());
        assertTrue(ChecklistTopic.DIFFICULTIES.letterWording().endsWith("chính sách riêng đối với phụ nữ"));
        for (ChecklistTopic topic : ChecklistTopic.values()) {
            assertTrue(topic.name().length() <= ChecklistTopic.NAME, topic + " fits its column");
        }
    }

    @Test
    void aPlannedInspectionKeepsOnlyTheCoveredTopicsWithoutResults() {
        List<ChecklistLine> lines = Checklist.lines(List.of(), false);
        assertEquals(6, lines.size());
        assertFalse(lines.get(0).isCovered(), "a new plan covers nothing until ticked");
        lines.get(4).setCovered(true);
        lines.get(1).setCovered(true);
        List<ChecklistEntry> entries = Checklist.entries(lines, false);
        assertEquals(List.of(ChecklistTopic.POLICY, ChecklistTopic.NEGATIVE_IMPACTS),
                entries.stream().map(ChecklistEntry::getTopic).toList(), "in the letter's order");
        assertNull(entries.get(0).getResult());
        assertEquals(new ChecklistTally(2, 0, 0, 0), Checklist.tally(entries));
    }

    @Test
    void onceCarriedOutEveryCoveredTopicNeedsAResult() {
        List<ChecklistLine> lines = allCovered(ChecklistResult.MET, null);
        lines.get(2).setResult(null);
        UserFacingException e = assertThrows(UserFacingException.class, () -> Checklist.entries(lines, true));
        assertEquals("register.inspectionCheck.error.resultRequired", e.getMessageKey());
        assertEquals(3, e.getArguments()[0], "the topic is named by its number in the letter");
        assertEquals(6, Checklist.entries(lines, false).size(), "before it is carried out a result may wait");
    }

    @Test
    void aTopicNotFullyMetNeedsARemarkAndAMetOneDoesNot() {
        List<ChecklistLine> lines = allCovered(ChecklistResult.MET, null);
        lines.get(5).setResult(ChecklistResult.PARTLY_MET);
        assertEquals("register.inspectionCheck.error.remarkRequired", key(() -> Checklist.entries(lines, true)));
        lines.get(5).setRemark("   ");
        assertEquals("register.inspectionCheck.error.remarkRequired", key(() -> Checklist.entries(lines, true)),
                "blanks are no remark");
        lines.get(5).setRemark("  Chưa có kinh phí riêng ");
        lines.get(0).setResult(ChecklistResult.NOT_MET);
        assertEquals("register.inspectionCheck.error.remarkRequired", key(() -> Checklist.entries(lines, true)));
        lines.get(0).setRemark("Ban chưa họp định kỳ");
        List<ChecklistEntry> entries = Checklist.entries(lines, true);
        assertEquals("Chưa có kinh phí riêng", entries.get(5).getRemark(), "the remark is trimmed");
        assertEquals(new ChecklistTally(6, 4, 1, 1), Checklist.tally(entries));
    }

    @Test
    void aResultForATopicNotCoveredIsRefused() {
        List<ChecklistLine> lines = Checklist.lines(List.of(), false);
        lines.get(3).setResult(ChecklistResult.MET);
        assertEquals("register.inspectionCheck.error.notCovered", key(() -> Checklist.entries(lines, true)));
    }

    @Test
    void aRemarkLongerThanItsColumnIsRefusedNotCut() {
        List<ChecklistLine> lines = allCovered(ChecklistResult.MET, "x".repeat(ChecklistEntry.REMARK + 1));
        assertEquals("register.inspectionCheck.error.remarkTooLong", key(() -> Checklist.entries(lines, true)));
    }

    @Test
    void aTopicTwiceIsATamperedForm() {
        List<ChecklistLine> lines = List.of(new ChecklistLine(ChecklistTopic.POLICY, true, null, null),
                new ChecklistLine(ChecklistTopic.POLICY, true, null, null));
        assertThrows(IllegalArgumentException.class, () -> Checklist.entries(lines, false));
    }

    @Test
    void theStoredChecklistComesBackAsOneFormLinePerTopic() {
        List<ChecklistLine> typed = Checklist.lines(List.of(), false);
        typed.get(2).setCovered(true);
        typed.get(2).setResult(ChecklistResult.NOT_MET);
        typed.get(2).setRemark("Chưa có danh sách quy hoạch");
        List<ChecklistLine> back = Checklist.lines(Checklist.entries(typed, true), false);
        assertEquals(6, back.size());
        assertTrue(back.get(2).isCovered());
        assertEquals(ChecklistResult.NOT_MET, back.get(2).getResult());
        assertFalse(back.get(0).isCovered());
    }

    @Test
    void aDoneInspectionRecordsAResultForEachCoveredTopic() {
        District district = Fixtures.district(1);
        InspectionPlanItem item = new InspectionPlanItem(district, Fixtures.school(district, 7), "coordinator",
                Fixtures.NOW);
        item.plan(LocalDate.of(2026, 4, 10), "Kiểm tra hoạt động Ban VSTBPN", "coordinator", Fixtures.NOW);
        List<ChecklistLine> lines = Checklist.lines(List.of(), false);
        lines.get(0).setCovered(true);
        lines.get(2).setCovered(true);
        item.cover(lines, "coordinator", Fixtures.NOW);
        assertEquals(2, item.getChecklist().size());
        item.recordResult(LocalDate.of(2026, 4, 12), "Hồ sơ đầy đủ", null, TODAY, "coordinator", Fixtures.NOW);
        assertEquals("register.inspectionCheck.error.resultRequired",
                key(() -> item.cover(lines, "coordinator", Fixtures.NOW)));
        lines.get(0).setResult(ChecklistResult.MET);
        lines.get(2).setResult(ChecklistResult.PARTLY_MET);
        lines.get(2).setRemark("Hồ sơ quy hoạch chưa đủ");
        item.cover(lines, "coordinator", Fixtures.NOW);
        assertEquals(new ChecklistTally(2, 1, 1, 0), Checklist.tally(item.getChecklist()));
    }

    @Test
    void aSelfInspectionAssessesEveryTopicAndIsNotDatedInTheFuture() {
        District district = Fixtures.district(1);
        SelfInspection self = new SelfInspection(district, Fixtures.school(district, 7), "principal1", Fixtures.NOW);
        List<ChecklistLine> lines = Checklist.lines(List.of(), true);
        assertTrue(lines.stream().allMatch(ChecklistLine::isCovered), "a self-inspection covers every topic");
        assertEquals("register.inspectionCheck.error.resultRequired", key(() -> self.record(TODAY, lines, null, TODAY,
                "principal1", Fixtures.NOW)));
        lines.forEach(l -> l.setResult(ChecklistResult.MET));
        assertEquals("register.error.doneInFuture", key(() -> self.record(TODAY.plusDays(1), lines, null, TODAY,
                "principal1", Fixtures.NOW)));
        assertEquals("register.inspectionCheck.error.allTopics", key(() -> self.record(TODAY, lines.subList(0, 5),
                null, TODAY, "principal1", Fixtures.NOW)));
        self.record(TODAY, lines, "Tự kiểm tra định kỳ", TODAY, "principal1", Fixtures.NOW);
        assertEquals(new ChecklistTally(6, 6, 0, 0), Checklist.tally(self.getChecklist()));
        assertThrows(NullPointerException.class, () -> new SelfInspection(district, null, "coordinator",
                Fixtures.NOW), "the district office does not inspect itself");
    }
}
