package vn.tincay.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionMonthTest {

    private static ActionMonth on(int year, int month, int day) {
        return ActionMonth.suggestedFor(LocalDate.of(year, month, day));
    }

    @Test
    void everyDayOfJuneBelongsToTheDomesticViolenceActionMonth() {
        assertEquals(ActionMonth.DOMESTIC_VIOLENCE_JUNE, on(2026, 6, 1));
        assertEquals(ActionMonth.DOMESTIC_VIOLENCE_JUNE, on(2026, 6, 30));
        assertEquals(ActionMonth.NONE, on(2026, 5, 31));
        assertEquals(ActionMonth.NONE, on(2026, 7, 1));
    }

    @Test
    void fifteenNovemberToFifteenDecemberIsTheGenderEqualityActionMonth() {
        assertEquals(ActionMonth.NONE, on(2026, 11, 14));
        assertEquals(ActionMonth.GENDER_EQUALITY_NOV_DEC, on(2026, 11, 15));
        assertEquals(ActionMonth.GENDER_EQUALITY_NOV_DEC, on(2026, 11, 30));
        assertEquals(ActionMonth.GENDER_EQUALITY_NOV_DEC, on(2026, 12, 1));
        assertEquals(ActionMonth.GENDER_EQUALITY_NOV_DEC, on(2026, 12, 15));
        assertEquals(ActionMonth.NONE, on(2026, 12, 16));
    }

    @Test
    void otherDatesAndNoDateSuggestNoActionMonth() {
        assertEquals(ActionMonth.NONE, on(2026, 3, 8));
        assertEquals(ActionMonth.NONE, ActionMonth.suggestedFor(null));
    }
}
