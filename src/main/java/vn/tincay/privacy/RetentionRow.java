package vn.tincay.privacy;

import java.io.Serializable;
import java.time.Instant;

/** A closed case as the retention page lists it: when it is due, and whether, by whom and since when it is held. The reason is typed case text and is not listed. */
public record RetentionRow(long incidentId, String caseCode, String schoolName, Instant closedAt, Instant dueAt,
                           boolean held, String heldBy, Instant heldAt) implements Serializable {
}
