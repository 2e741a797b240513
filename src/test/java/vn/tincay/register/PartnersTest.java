package vn.tincay.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tincay.platform.UserFacingException;

/** Partners typed one per line become a clean list, and the form shows them back the same way. */
class PartnersTest {

    @Test
    void blankLinesAndRepeatsAreDroppedAndTheOrderKept() {
        assertEquals(List.of("Hội Liên hiệp Phụ nữ xã Demo", "Công an xã Demo", "Đoàn Thanh niên"),
                Partners.parse("  Hội Liên hiệp Phụ nữ xã Demo \n\n Công an   xã Demo\r\nhội liên hiệp phụ nữ XÃ demo\n"
                        + "Đoàn Thanh niên\n"));
    }

    @Test
    void nothingTypedIsNoPartner() {
        assertEquals(List.of(), Partners.parse(null));
        assertEquals(List.of(), Partners.parse(" \n \n"));
    }

    @Test
    void aNameLongerThanTheColumnIsRefusedNotCut() {
        UserFacingException e = assertThrows(UserFacingException.class, () -> Partners.parse("x".repeat(201)));
        assertEquals("register.partner.error.tooLong", e.getMessageKey());
        assertEquals(1, Partners.parse("x".repeat(200)).size());
    }

    @Test
    void moreThanTenPartnersAreRefused() {
        StringBuilder typed = new StringBuilder();
        for (int i = 1; i <= 11; i++) {
            typed.append("Đơn vị ").append(i).append('\n');
        }
        assertEquals("register.partner.error.tooMany",
                assertThrows(UserFacingException.class, () -> Partners.parse(typed.toString())).getMessageKey());
    }

    @Test
    void theFormShowsTheNamesOnePerLine() {
        List<String> names = List.of("Hội Liên hiệp Phụ nữ", "Công an xã");
        assertEquals(names, Partners.parse(Partners.format(names)));
        assertEquals("Hội Liên hiệp Phụ nữ\nCông an xã", Partners.format(names));
    }
}
