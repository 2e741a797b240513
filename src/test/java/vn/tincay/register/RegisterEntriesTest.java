package vn.tincay.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.UserFacingException;

class RegisterEntriesTest {

    private final District district = Fixtures.district(1);
    private final School school = Fixtures.school(district, 7);

    private CommunicationActivity activity() {
        return new CommunicationActivity(district, school, "principal1", Fixtures.NOW);
    }

    private Training training() {
        return new Training(district, school, "principal1", Fixtures.NOW);
    }

    @Test
    void anActivityNeedsAtLeastOneAudience() {
        assertEquals("register.error.noAudience", assertThrows(UserFacingException.class,
                () -> activity().describe("Nói chuyện", LocalDate.of(2026, 6, 3), ActivityForm.TALK, Set.of(), 10, 5,
                        ActionMonth.NONE, null, "principal1", Fixtures.NOW)).getMessageKey());
    }

    @Test
    void participantNumbersCannotBeNegative() {
        assertEquals("register.error.negativeCount", assertThrows(UserFacingException.class,
                () -> activity().describe("Nói chuyện", LocalDate.of(2026, 6, 3), ActivityForm.TALK,
                        EnumSet.of(Audience.STUDENTS), -1, 5, ActionMonth.NONE, null, "principal1", Fixtures.NOW))
                .getMessageKey());
        assertThrows(UserFacingException.class, () -> training().describe("Kỹ năng", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 3), "Phòng GD&ĐT", 5, -2, 0, 0, 0, false, null, "principal1", Fixtures.NOW));
    }

    @Test
    void theUsersChoiceOfActionMonthIsKeptEvenWhenTheDateSuggestsAnother() {
        CommunicationActivity activity = activity();
        activity.describe("Hội thi", LocalDate.of(2026, 7, 2), ActivityForm.CONTEST, EnumSet.of(Audience.STUDENTS),
                40, 38, ActionMonth.DOMESTIC_VIOLENCE_JUNE, null, "principal1", Fixtures.NOW);
        assertEquals(ActionMonth.DOMESTIC_VIOLENCE_JUNE, activity.getActionMonth());
        assertEquals(78, activity.participantsTotal());
    }

    @Test
    void withoutAChoiceTheActionMonthFollowsTheDate() {
        CommunicationActivity activity = activity();
        activity.describe("Pa-nô", LocalDate.of(2026, 11, 20), ActivityForm.POSTER,
                EnumSet.of(Audience.PARENTS, Audience.STAFF), 0, 0, null, null, "principal1", Fixtures.NOW);
        assertEquals(ActionMonth.GENDER_EQUALITY_NOV_DEC, activity.getActionMonth());
        assertEquals(EnumSet.of(Audience.PARENTS, Audience.STAFF), activity.audiences());
    }

    @Test
    void aTrainingCannotEndBeforeItStarts() {
        assertEquals("register.error.endBeforeStart", assertThrows(UserFacingException.class,
                () -> training().describe("Kỹ năng", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 2),
                        "Phòng GD&ĐT", 5, 2, 0, 0, 0, false, null, "principal1", Fixtures.NOW)).getMessageKey());
    }

    @Test
    void noRoleCanCountMorePeopleThanTookPart() {
        assertEquals("register.error.roleAboveTotal", assertThrows(UserFacingException.class,
                () -> training().describe("Kỹ năng", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3),
                        "Phòng GD&ĐT", 3, 2, 6, 0, 0, true, null, "principal1", Fixtures.NOW)).getMessageKey());
    }

    @Test
    void rolesMayOverlapAsLongAsEachFitsTheTotal() {
        Training training = training();
        training.describe("Kỹ năng lãnh đạo cho nữ", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3),
                "Sở GD&ĐT", 4, 1, 5, 5, 2, true, null, "principal1", Fixtures.NOW);
        assertEquals(5, training.participantsTotal());
        assertTrue(training.isLeadershipForWomen());
    }

    @Test
    void anInspectionResultCannotBeDatedInTheFutureOrLackFindings() {
        InspectionPlanItem item = new InspectionPlanItem(district, school, "coordinator", Fixtures.NOW);
        item.plan(LocalDate.of(2026, 10, 5), "Tổ chức và hoạt động của Ban VSTBPN", "coordinator", Fixtures.NOW);
        assertEquals(2026, item.getPlanYear());
        LocalDate today = LocalDate.of(2026, 10, 7);
        assertEquals("register.error.doneInFuture", assertThrows(UserFacingException.class,
                () -> item.recordResult(LocalDate.of(2026, 10, 8), "Tốt", null, today, "coordinator", Fixtures.NOW))
                .getMessageKey());
        assertEquals("register.error.findingsRequired", assertThrows(UserFacingException.class,
                () -> item.recordResult(LocalDate.of(2026, 10, 6), " ", null, today, "coordinator", Fixtures.NOW))
                .getMessageKey());
        item.recordResult(LocalDate.of(2026, 10, 6), "Ban hoạt động đều", "Kiện toàn Ban", today, "coordinator",
                Fixtures.NOW);
        assertTrue(item.isDone());
    }

    @Test
    void aRowOfAnotherDistrictsSchoolIsRefused() {
        School elsewhere = Fixtures.school(Fixtures.district(2), 9);
        assertThrows(IllegalArgumentException.class,
                () -> new CommunicationActivity(district, elsewhere, "principal1", Fixtures.NOW));
    }

    @Test
    void aRowWithoutSchoolBelongsToTheDistrictOffice() {
        CommunicationActivity office = new CommunicationActivity(district, null, "coordinator", Fixtures.NOW);
        assertEquals(RegisterUnit.districtOffice(1), office.unit());
        assertEquals(RegisterUnit.school(1, 7), activity().unit());
    }
}
