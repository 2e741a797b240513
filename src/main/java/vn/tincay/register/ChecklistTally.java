package vn.tincay.register;

import java.io.Serializable;

/**
 * Topics counted over one or more checklists: covered (planned), and of those assessed met, partly
 * met or not met.
 */
public record ChecklistTally(long covered, long met, long partlyMet, long notMet) implements Serializable {

    public static final ChecklistTally NONE = new ChecklistTally(0, 0, 0, 0);

    public long assessed() {
        return met + partlyMet + notMet;
    }

    public ChecklistTally plus(ChecklistTally o) {
        return new ChecklistTally(covered + o.covered, met + o.met, partlyMet + o.partlyMet, notMet + o.notMet);
    }
}
