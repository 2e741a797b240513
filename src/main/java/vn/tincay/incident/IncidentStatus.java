package vn.tincay.incident;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a case is in its follow-up: reported → verifying → in progress → closed, and a closed case
 * may be reopened. A case can be closed from any open status (for example a report that turns out
 * to be a duplicate), with a reason.
 */
public enum IncidentStatus {
    REPORTED,
    VERIFYING,
    IN_PROGRESS,
    CLOSED;

    public Set<IncidentStatus> next() {
        return switch (this) {
            case REPORTED -> EnumSet.of(VERIFYING, CLOSED);
            case VERIFYING -> EnumSet.of(IN_PROGRESS, CLOSED);
            case IN_PROGRESS -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.of(IN_PROGRESS);
        };
    }

    public boolean canMoveTo(IncidentStatus target) {
        return next().contains(target);
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** The names of the open statuses, in their order, as SQL compares them. */
    public static List<String> openNames() {
        return Arrays.stream(values()).filter(IncidentStatus::isOpen).map(Enum::name).toList();
    }
}
