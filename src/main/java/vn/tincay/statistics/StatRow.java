package vn.tincay.statistics;

import java.util.List;

/** A row of a statistics table: its label and one cell per column. */
public record StatRow(Label label, List<Cell> cells) {

    public StatRow {
        cells = List.copyOf(cells);
    }

    public static StatRow of(Label label, Cell... cells) {
        return new StatRow(label, List.of(cells));
    }

    public Cell cell(int column) {
        return cells.get(column);
    }
}
