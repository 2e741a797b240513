package vn.tincay.incident;

import java.io.Serializable;
import java.util.List;

/**
 * How many cases need one kind of action, and the most recent few of them. A large count is only
 * counted up to a bound ({@link CaseCount}): it is shown as "999+".
 */
public record ActionSummary(ActionNeeded need, CaseCount counted, List<CaseLink> cases) implements Serializable {

    /** An exact count. */
    public ActionSummary(ActionNeeded need, long count, List<CaseLink> cases) {
        this(need, new CaseCount(count, true), cases);
    }

    /** How many cases were counted (at most the bound). */
    public long count() {
        return counted.count();
    }

    /** Whether there are more cases than the short list shows. */
    public boolean isMore() {
        return counted.count() > cases.size() || !counted.exact();
    }

    /** The count as the box shows it: "999+" when counting stopped at the bound. */
    public String getShown() {
        return counted.getShown();
    }
}
