package vn.tincay.privacy;

import java.io.Serializable;
import java.time.Instant;

/** A closed case as the retention page lists it: when it is due, and whether and why it is held. */
public record RetentionRow(long incidentId, String caseCode, String schoolName, Instant closedAt, Instant dueAt,
                           boolean held, String holdReason, String heldBy, Instant heldAt) implements Serializable {
}
