package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;

/** A committee meeting as listed: minutesId null when no minutes were attached. */
public record CommitteeMeetingLine(long id, Long schoolId, String unitName, LocalDate heldOn, String content,
                                   Long minutesId, int version) implements Serializable {

    public boolean hasMinutes() {
        return minutesId != null;
    }
}
