package vn.tincay.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameMatchTest {

    @Test
    void aDroppedMiddleNameIsStillTheSameSurvivor() {
        assertTrue(NameMatch.maySameSurvivor("Nguyễn Lan Anh", "Nguyễn Thị Lan Anh"));
        assertTrue(NameMatch.maySameSurvivor("Nguyễn Thị Lan Anh", "Nguyễn Lan Anh"));
    }

    @Test
    void theSameNameWithoutDiacriticsOrInOtherCaseMatches() {
        assertTrue(NameMatch.maySameSurvivor("nguyen thi lan anh", "NGUYỄN THỊ LAN ANH"));
    }

    @Test
    void anotherGivenNameOrFamilyNameIsAnotherPerson() {
        assertFalse(NameMatch.maySameSurvivor("Nguyễn Thị Lan Anh", "Nguyễn Thị Lan Hương"));
        assertFalse(NameMatch.maySameSurvivor("Nguyễn Thị Lan Anh", "Trần Thị Lan Anh"));
        assertFalse(NameMatch.maySameSurvivor("Nguyễn Anh Lan", "Nguyễn Thị Lan Anh"), "order matters");
    }

    @Test
    void aSingleWordOrNoNameMatchesOnlyItself() {
        assertFalse(NameMatch.maySameSurvivor("Anh", "Nguyễn Thị Lan Anh"));
        assertTrue(NameMatch.maySameSurvivor("Anh", "anh"));
        assertFalse(NameMatch.maySameSurvivor("", "Nguyễn Lan Anh"));
        assertFalse(NameMatch.maySameSurvivor(null, null));
    }

    @Test
    void candidatesMustShareTwoWordsOrTheOnlyOne() {
        assertEquals(2, NameMatch.wordsInCommon("Nguyễn Lan Anh"));
        assertEquals(1, NameMatch.wordsInCommon("Anh"));
    }
}
