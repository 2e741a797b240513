package vn.tincay.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The disclosure rule of anonymous (province) statistics.
 *
 * <p>Primary rule: a count from 1 to 4 is shown as "&lt; 5"; 0 stays 0 and 5 or more are shown.
 *
 * <p>Complementary rule. Every province table splits the same cases (by district, type, month or
 * age group), so its total N is known to the reader – it is printed, and any table without a
 * hidden cell adds up to it anyway. With N known, one "&lt; 5" cell in a table is N minus the
 * visible cells; two of them summing to 2 (or 8) are both 1 (or 4). So a table is published only if
 * every hidden cell could still have at least two values, given N, the visible cells, that a
 * "&lt; 5" cell is 1–4 and that a "hidden" cell is 5 or more. Until that holds, the smallest
 * visible non-zero count is hidden as well (shown as "hidden", never as "&lt; 5", which would be
 * false); when nothing is left to hide, the whole table is withheld (every cell hidden, zeros
 * included). The total N itself is shown as "&lt; 5" when it is 1 to 4.
 */
public final class SmallCounts {

    /** Counts below this (and above 0) are never shown. */
    public static final int THRESHOLD = 5;

    private SmallCounts() {
    }

    /** The primary rule for one count. */
    public static Cell cell(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("Negative count");
        }
        return count > 0 && count < THRESHOLD ? Cell.small() : Cell.count(count);
    }

    /** The total of a table (N). */
    public static Cell total(long count) {
        return cell(count);
    }

    /** Both rules for the counts of one table column, in the same order. */
    public static List<Cell> protect(List<Long> counts) {
        List<Cell> cells = new ArrayList<>(counts.size());
        for (long count : counts) {
            cells.add(cell(count));
        }
        while (!isSafe(counts, cells)) {
            int smallest = -1;
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                if (cell.kind() == Cell.Kind.COUNT && cell.value() > 0
                        && (smallest < 0 || counts.get(i) < counts.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                return withheld(counts.size());
            }
            cells.set(smallest, Cell.hidden());
        }
        return cells;
    }

    /** True when the table's column has hidden cells although none is small: withheld entirely. */
    public static boolean isWithheld(List<Cell> cells) {
        return !cells.isEmpty() && cells.stream().allMatch(c -> c.kind() == Cell.Kind.HIDDEN);
    }

    private static List<Cell> withheld(int size) {
        return new ArrayList<>(Collections.nCopies(size, Cell.hidden()));
    }

    /**
     * Whether a reader who knows the total could pin down a hidden cell: every "&lt; 5" and every
     * "hidden" cell must still have at least two possible values.
     */
    static boolean isSafe(List<Long> counts, List<Cell> cells) {
        long total = 0;
        long visible = 0;
        int small = 0;
        int hidden = 0;
        for (int i = 0; i < cells.size(); i++) {
            total += counts.get(i);
            switch (cells.get(i).kind()) {
                case SMALL -> small++;
                case HIDDEN -> hidden++;
                default -> visible += counts.get(i);
            }
        }
        if (small + hidden == 0) {
            return true;
        }
        long rest = total - visible;
        if (small > 0) {
            long lowest = hidden > 0 ? 1 : Math.max(1, rest - 4L * (small - 1));
            long highest = Math.min(THRESHOLD - 1, rest - (small - 1) - (long) THRESHOLD * hidden);
            if (highest - lowest < 1) {
                return false;
            }
        }
        if (hidden > 0) {
            long lowest = hidden > 1 ? THRESHOLD : Math.max(THRESHOLD, rest - 4L * small);
            long highest = rest - small - (long) THRESHOLD * (hidden - 1);
            return highest - lowest >= 1;
        }
        return true;
    }
}
