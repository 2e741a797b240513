package vn.tincay.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tincay.incident.Sex;
import vn.tincay.organisation.District;
import vn.tincay.platform.UserFacingException;

/** An individual nominee is a woman or a man, a collective has no sex, and a proposal cannot postdate its year. */
class EmulationNominationTest {

    private final District district = Fixtures.district(1);
    private final EmulationNomination nomination = new EmulationNomination(district, Fixtures.school(district, 2),
            "principal", Fixtures.NOW);

    @Test
    void anIndividualWithoutAKnownSexIsRefused() {
        for (Sex sex : new Sex[] {null, Sex.UNKNOWN}) {
            UserFacingException e = assertThrows(UserFacingException.class, () -> nomination.propose(2026,
                    LocalDate.of(2026, 5, 1), NomineeKind.INDIVIDUAL, "Cô Demo Lan", sex, "Lao động tiên tiến", null,
                    "principal", Fixtures.NOW));
            assertEquals("register.emulation.error.sex", e.getMessageKey());
        }
    }

    @Test
    void aCollectiveKeepsNoSexWhateverTheFormSent() {
        nomination.propose(2026, LocalDate.of(2026, 5, 1), NomineeKind.COLLECTIVE, "Tổ chuyên môn Demo Khối 1",
                Sex.FEMALE, "Tập thể lao động tiên tiến", null, "principal", Fixtures.NOW);
        assertNull(nomination.getSex());
        assertEquals(NomineeKind.COLLECTIVE, nomination.getNomineeKind());
    }

    @Test
    void aProposalDatedAfterTheAwardYearIsRefused() {
        UserFacingException e = assertThrows(UserFacingException.class, () -> nomination.propose(2025,
                LocalDate.of(2026, 1, 3), NomineeKind.INDIVIDUAL, "Thầy Demo Nam", Sex.MALE, "Chiến sĩ thi đua cơ sở",
                null, "principal", Fixtures.NOW));
        assertEquals("register.emulation.error.proposedAfterYear", e.getMessageKey());
        nomination.propose(2026, LocalDate.of(2025, 12, 20), NomineeKind.INDIVIDUAL, "Thầy Demo Nam", Sex.MALE,
                "Chiến sĩ thi đua cơ sở", null, "principal", Fixtures.NOW);
        assertEquals(Sex.MALE, nomination.getSex());
    }
}
