package vn.tincay.register;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tincay.incident.Sex;
import vn.tincay.organisation.District;
import vn.tincay.organisation.Province;
import vn.tincay.platform.UserFacingException;

/** The committee's rules: a member's term, one head, and the women's share among members serving in a year. */
class WomenCommitteeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    private static CommitteeMember member(CommitteeRole role, Sex sex, int from, int to) {
        return new CommitteeMember("Nguyễn Thị Demo Thử", role, "Giáo viên", sex, from, to);
    }

    private static WomenCommittee committee(List<CommitteeMember> members) {
        District district = new District(new Province("TDEMO", "Tỉnh Demo", "Sở Demo"), "HDEMO", "Huyện Demo",
                "Phòng GD&ĐT Huyện Demo");
        WomenCommittee committee = new WomenCommittee(district, null, "tester", NOW);
        committee.decide(" 25/QĐ-DEMO ", LocalDate.of(2026, 3, 2), " Hiệu trưởng Trường Demo ", members, "tester", NOW);
        return committee;
    }

    private static String refusal(Runnable action) {
        return assertThrows(UserFacingException.class, action::run).getMessageKey();
    }

    @Test
    void aTermRunsFromAYearToTheSameOrALaterYearOfAtMostTenYears() {
        assertDoesNotThrow(() -> CommitteeMember.checkTerm(2026, 2026));
        assertDoesNotThrow(() -> CommitteeMember.checkTerm(2025, 2030));
        assertDoesNotThrow(() -> CommitteeMember.checkTerm(2020, 2030));
        assertEquals("register.committee.error.term", refusal(() -> CommitteeMember.checkTerm(2030, 2025)));
        assertEquals("register.committee.error.term", refusal(() -> CommitteeMember.checkTerm(1980, 1985)));
        assertEquals("register.committee.error.term", refusal(() -> CommitteeMember.checkTerm(2099, 2101)));
        assertEquals("register.committee.error.termTooLong", refusal(() -> CommitteeMember.checkTerm(2020, 2031)));
    }

    @Test
    void aMemberWithoutARecordedSexIsRefusedBecauseTheReportCountsWomenAndMen() {
        assertEquals("register.committee.error.sex",
                refusal(() -> member(CommitteeRole.MEMBER, Sex.UNKNOWN, 2026, 2030)));
        assertEquals("register.committee.error.sex", refusal(() -> member(CommitteeRole.MEMBER, null, 2026, 2030)));
    }

    @Test
    void aMemberServesInTheYearsOfTheTermOnly() {
        CommitteeMember m = member(CommitteeRole.MEMBER, Sex.FEMALE, 2025, 2027);
        assertFalse(m.servesIn(2024));
        assertTrue(m.servesIn(2025));
        assertTrue(m.servesIn(2027));
        assertFalse(m.servesIn(2028));
    }

    @Test
    void theCommitteeHasExactlyOneHead() {
        assertEquals("register.committee.error.oneHead", refusal(() -> committee(List.of(
                member(CommitteeRole.MEMBER, Sex.FEMALE, 2026, 2030)))));
        assertEquals("register.committee.error.oneHead", refusal(() -> committee(List.of(
                member(CommitteeRole.HEAD, Sex.FEMALE, 2026, 2030), member(CommitteeRole.HEAD, Sex.MALE, 2026, 2030)))));
        assertEquals("register.committee.error.noMembers", refusal(() -> committee(List.of())));
        List<CommitteeMember> many = new ArrayList<>(Collections.nCopies(WomenCommittee.MAX_MEMBERS,
                member(CommitteeRole.MEMBER, Sex.MALE, 2026, 2030)));
        many.set(0, member(CommitteeRole.HEAD, Sex.FEMALE, 2026, 2030));
        assertEquals(WomenCommittee.MAX_MEMBERS, committee(many).getMembers().size());
        many.add(member(CommitteeRole.MEMBER, Sex.MALE, 2026, 2030));
        assertEquals("register.committee.error.tooManyMembers", refusal(() -> committee(many)));
    }

    @Test
    void theWomensShareCountsOnlyMembersServingInTheYear() {
        WomenCommittee c = committee(List.of(
                member(CommitteeRole.HEAD, Sex.FEMALE, 2026, 2030),
                member(CommitteeRole.DEPUTY_HEAD, Sex.MALE, 2026, 2030),
                member(CommitteeRole.MEMBER, Sex.FEMALE, 2026, 2030),
                member(CommitteeRole.SECRETARY, Sex.FEMALE, 2027, 2030),
                member(CommitteeRole.MEMBER, Sex.MALE, 2021, 2025)));
        WomenShare in2026 = c.womenServingIn(2026);
        assertEquals(2, in2026.female());
        assertEquals(1, in2026.male());
        assertEquals(new BigDecimal("66.7"), in2026.percent());
        assertEquals(new WomenShare(3, 1), c.womenServingIn(2027));
        assertEquals(new WomenShare(0, 1), c.womenServingIn(2025));
        assertEquals(new WomenShare(0, 0), c.womenServingIn(2031));
        assertEquals("25/QĐ-DEMO", c.getDecisionNumber(), "typed spaces are dropped");
        assertEquals("Hiệu trưởng Trường Demo", c.getSignerBody());
    }

    @Test
    void aDecisionIsWithinAPeriodByItsDateBothEndsIncluded() {
        WomenCommittee c = committee(List.of(member(CommitteeRole.HEAD, Sex.FEMALE, 2026, 2030)));
        assertTrue(c.decidedWithin(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 12)));
        assertTrue(c.decidedWithin(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 2)));
        assertFalse(c.decidedWithin(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 5, 12)));
    }

    @Test
    void aFormLineIsCheckedAsAWholeAndBlankLinesAreLeftOut() {
        WomenCommitteeDraft draft = new WomenCommitteeDraft();
        draft.addMember();
        draft.addMember();
        WomenCommitteeDraft.Member line = draft.getMembers().get(0);
        line.setFullName("Trần Thị Demo Ban");
        line.setRole(CommitteeRole.HEAD);
        line.setJobTitle("Hiệu trưởng");
        line.setSex(Sex.FEMALE);
        line.setTermFrom(2026);
        line.setTermTo(2030);
        assertEquals(1, draft.namedMembers().size(), "the empty second line is left out");
        line.setJobTitle(" ");
        assertEquals("register.committee.error.memberIncomplete", refusal(draft::namedMembers));
    }
}
