package vn.tincay.incident;

import java.io.Serializable;
import java.util.List;

/**
 * How many cases need one kind of action, and the most recent few of them. A large count is only
 * counted up to a bound ({@code exact} false): it is shown as "999+".
 */
public record ActionSummary(ActionNeeded need, long count, boolean exact, List<CaseLink> cases)
        implements Serializable {

    public ActionSummary(ActionNeeded need, long count, List<CaseLink> cases) {
        this(need, count, true, cases);
    }

    /** Whether there are more cases than the short list shows. */
    public boolean isMore() {
        return count > cases.size() || !exact;
    }

    /** The count as the box shows it: "999+" when counting stopped at the bound. */
    public String getShown() {
        return CaseCount.shown(count, exact);
    }
}
