package vn.tincay.incident;

import java.io.Serializable;
import java.util.List;

/** How many cases need one kind of action, and the most recent few of them. */
public record ActionSummary(ActionNeeded need, long count, List<CaseLink> cases) implements Serializable {

    /** Whether there are more cases than the short list shows. */
    public boolean isMore() {
        return count > cases.size();
    }
}
