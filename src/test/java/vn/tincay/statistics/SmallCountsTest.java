package vn.tincay.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.tincay.statistics.Cell.Kind;

class SmallCountsTest {

    private static List<Kind> kinds(List<Cell> cells) {
        return cells.stream().map(Cell::kind).toList();
    }

    private static String shown(List<Cell> cells) {
        StatFormat format = new StatFormat(Locale.forLanguageTag("vi"),
                java.util.ResourceBundle.getBundle("vn.tincay.i18n.text", Locale.forLanguageTag("vi")));
        return String.join(" | ", cells.stream().map(format::cell).toList());
    }

    @Test
    void zeroStaysZero() {
        assertEquals(Cell.count(0), SmallCounts.cell(0));
    }

    @Test
    void countsFromOneToFourAreShownAsLessThanFive() {
        for (long count = 1; count <= 4; count++) {
            Cell cell = SmallCounts.cell(count);
            assertEquals(Kind.SMALL, cell.kind());
            assertEquals("< 5", new StatFormat(Locale.forLanguageTag("vi"), null).cell(cell));
            assertEquals(null, cell.chartValue(), "a chart never draws a suppressed count");
        }
    }

    @Test
    void fiveAndMoreAreShown() {
        assertEquals(Cell.count(5), SmallCounts.cell(5));
        assertEquals(Cell.count(123), SmallCounts.cell(123));
    }

    @Test
    void aSmallTotalIsSuppressedToo() {
        assertEquals(Kind.SMALL, SmallCounts.total(3).kind());
        assertEquals(Kind.COUNT, SmallCounts.total(0).kind());
        assertEquals(Kind.COUNT, SmallCounts.total(5).kind());
    }

    @Test
    void aTableWithoutSmallCountsIsShownAsItIs() {
        assertEquals("12 | 0 | 7 | 5", shown(SmallCounts.protect(List.of(12L, 0L, 7L, 5L))));
    }

    @Test
    void aSingleSmallCountWouldBeTotalMinusTheOthersSoTheNextSmallestIsHiddenToo() {
        // Total 25 is printed: 3 = 25 - 12 - 10 if both others were shown.
        List<Cell> cells = SmallCounts.protect(List.of(12L, 3L, 10L, 0L));
        assertEquals(List.of(Kind.COUNT, Kind.SMALL, Kind.HIDDEN, Kind.COUNT), kinds(cells));
        assertEquals("12 | < 5 | ẩn | 0", shown(cells));
        // The reader now knows only that the two hidden cells add up to 13: 1+12, 2+11, 3+10 or 4+9.
        assertTrue(SmallCounts.isSafe(List.of(12L, 3L, 10L, 0L), cells));
    }

    @Test
    void twoSmallCountsThatCanBePinnedDownByTheirSumAreProtected() {
        // 1 + 1 = 2 leaves no doubt (both are 1), nor does 4 + 4 = 8.
        List<Cell> ones = SmallCounts.protect(List.of(20L, 1L, 1L));
        assertEquals(List.of(Kind.HIDDEN, Kind.SMALL, Kind.SMALL), kinds(ones));
        List<Cell> fours = SmallCounts.protect(List.of(4L, 30L, 4L, 9L));
        assertEquals(List.of(Kind.SMALL, Kind.COUNT, Kind.SMALL, Kind.HIDDEN), kinds(fours));
    }

    @Test
    void twoSmallCountsWhoseSumLeavesDoubtNeedNoMoreHiding() {
        // 2 + 3 = 5 could be 1+4, 2+3, 3+2 or 4+1.
        assertEquals(List.of(Kind.COUNT, Kind.SMALL, Kind.SMALL),
                kinds(SmallCounts.protect(List.of(20L, 2L, 3L))));
    }

    @Test
    void whenNothingIsLeftToHideTheWholeTableIsWithheld() {
        // All three incidents of the province are in one district: N = 3 and the only non-zero cell is N.
        List<Cell> cells = SmallCounts.protect(List.of(0L, 3L, 0L));
        assertTrue(SmallCounts.isWithheld(cells));
        assertEquals("ẩn | ẩn | ẩn", shown(cells));
    }

    @Test
    void aTableOfZerosIsNotWithheld() {
        List<Cell> cells = SmallCounts.protect(List.of(0L, 0L));
        assertFalse(SmallCounts.isWithheld(cells));
        assertEquals("0 | 0", shown(cells));
    }

    @Test
    void noProtectedTableLetsTheReaderWorkOutAHiddenCell() {
        // Every table of up to four cells with counts 0..12: after protection, each hidden cell has
        // at least two possible values for a reader who knows the total.
        int tables = 0;
        for (int a = 0; a <= 12; a++) {
            for (int b = 0; b <= 12; b++) {
                for (int c = 0; c <= 12; c++) {
                    for (int d = 0; d <= 12; d += 3) {
                        List<Long> counts = List.of((long) a, (long) b, (long) c, (long) d);
                        List<Cell> cells = SmallCounts.protect(counts);
                        tables++;
                        if (!SmallCounts.isWithheld(cells)) {
                            assertTrue(ambiguous(counts, cells), () -> counts + " -> " + kinds(cells));
                        }
                        for (int i = 0; i < counts.size(); i++) {
                            long count = counts.get(i);
                            if (count > 0 && count < 5) {
                                assertTrue(cells.get(i).kind() != Kind.COUNT, "small count shown: " + counts);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(tables > 1000);
    }

    /**
     * Brute force, independent of the formula in SmallCounts: enumerate every assignment of the
     * hidden cells consistent with what is published and check each hidden cell takes two values.
     */
    private static boolean ambiguous(List<Long> counts, List<Cell> cells) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        long visible = 0;
        List<Integer> hidden = new java.util.ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).kind() == Kind.COUNT) {
                visible += counts.get(i);
            } else {
                hidden.add(i);
            }
        }
        if (hidden.isEmpty()) {
            return true;
        }
        List<java.util.Set<Long>> seen = new java.util.ArrayList<>();
        for (int i = 0; i < hidden.size(); i++) {
            seen.add(new java.util.HashSet<>());
        }
        enumerate(cells, hidden, 0, total - visible, new long[hidden.size()], seen);
        return seen.stream().allMatch(s -> s.size() >= 2);
    }

    private static void enumerate(List<Cell> cells, List<Integer> hidden, int at, long rest, long[] values,
                                  List<java.util.Set<Long>> seen) {
        if (at == hidden.size()) {
            if (rest == 0) {
                for (int i = 0; i < values.length; i++) {
                    seen.get(i).add(values[i]);
                }
            }
            return;
        }
        boolean small = cells.get(hidden.get(at)).kind() == Kind.SMALL;
        long from = small ? 1 : 5;
        long to = small ? 4 : rest;
        for (long v = from; v <= to && v <= rest; v++) {
            values[at] = v;
            enumerate(cells, hidden, at + 1, rest - v, values, seen);
        }
    }
}
