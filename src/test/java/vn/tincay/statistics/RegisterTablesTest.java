package vn.tincay.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.tincay.register.ActionMonth;
import vn.tincay.register.ActionMonthTotals;
import vn.tincay.register.Headcounts;
import vn.tincay.register.StaffStatisticsSummary;
import vn.tincay.register.TargetRange;

class RegisterTablesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vn.tincay.i18n.text", VI);
    private static final StatFormat FORMAT = new StatFormat(VI, BUNDLE);

    private static List<String> shown(StatRow row) {
        return row.cells().stream().map(FORMAT::cell).toList();
    }

    @Test
    void womenInLeadershipAreComparedWithTheTarget() {
        // Leaders: 4 women of 17 = 23,5 % (within 20–25 %); party committee: 1 of 9 = 11,1 % (below);
        // standing committee: 0 of 3 (no woman).
        Headcounts counts = new Headcounts(30, 10, 4, 13, 1, 8, 0, 3, 5, 2);
        StatTable table = RegisterTables.womenShare(new StaffStatisticsSummary(counts, 2, List.of("Trường Demo B"),
                TargetRange.DEFAULT));
        assertEquals(List.of("30", "40", "75,0\u00a0%", "–", "–", "–"),
                shown(table.row("register.staff.group.staff")));
        assertEquals(List.of("4", "17", "23,5\u00a0%", "20,0\u00a0%", "25,0\u00a0%", "Đạt chỉ tiêu"),
                shown(table.row("register.staff.group.leaders")));
        assertEquals(List.of("1", "9", "11,1\u00a0%", "20,0\u00a0%", "25,0\u00a0%", "Chưa đạt chỉ tiêu"),
                shown(table.row("register.staff.group.partyCommittee")));
        assertEquals("Không có nữ", shown(table.row("register.staff.group.standingCommittee")).get(5));
        assertTrue(table.notes().stream().anyMatch(n -> n.in(BUNDLE).contains("Trường Demo B")));
    }

    @Test
    void aConfiguredTargetIsUsedAndAnEmptyGroupHasNoShare() {
        TargetRange target = new TargetRange(new BigDecimal("30"), new BigDecimal("40"));
        StatTable table = RegisterTables.womenShare(new StaffStatisticsSummary(Headcounts.NONE, 0, List.of(), target));
        assertEquals(List.of("0", "0", "–", "30,0\u00a0%", "40,0\u00a0%", "Chưa có số liệu"),
                shown(table.row("register.staff.group.leaders")));
        assertTrue(table.notes().stream().anyMatch(n -> "stats.note.noStaffStatistics".equals(n.key())));
    }

    @Test
    void activitiesPerActionMonthHaveEveryMonthAndATotal() {
        StatTable table = RegisterTables.actionMonths(List.of(
                new ActionMonthTotals(ActionMonth.NONE, 3, 360, 323),
                new ActionMonthTotals(ActionMonth.DOMESTIC_VIOLENCE_JUNE, 3, 220, 165)));
        assertEquals(List.of("3", "220", "165", "385"), shown(table.rows().get(0)));
        assertEquals(List.of("0", "0", "0", "0"), shown(table.rows().get(1)), "no activity in 15/11–15/12");
        assertEquals(List.of("6", "580", "488", "1.068"), shown(table.total()));
    }
}
