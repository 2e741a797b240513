package vn.tincay.incident;

import java.io.Serializable;

/**
 * A number of cases counted only up to a bound: exact, or the bound reached ({@code exact} false), which is
 * shown as "999+".
 */
public record CaseCount(long count, boolean exact) implements Serializable {

    /**
     * What a count that read at most {@code limit} + 1 cases says: past the limit only that there are more.
     */
    public static CaseCount upTo(long counted, long limit) {
        return counted > limit ? new CaseCount(limit, false) : new CaseCount(counted, true);
    }

    /** The count as shown: "999+" when counting stopped at the bound. */
    public String getShown() {
        return exact ? Long.toString(count) : count + "+";
    }
}
