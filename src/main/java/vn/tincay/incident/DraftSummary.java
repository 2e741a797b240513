package vn.tincay.incident;

import java.io.Serializable;
import java.time.Instant;

/** One line of the author's drafts in progress: no case content, only where it stands. */
public record DraftSummary(long id, String step, String schoolName, Instant createdAt, Instant updatedAt)
        implements Serializable {
}
