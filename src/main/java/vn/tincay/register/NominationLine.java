package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;
import vn.tincay.incident.Sex;

/** One emulation nomination as listed in pages, exports and reports. unitName: the school, or the district office. */
public record NominationLine(long id, Long schoolId, String unitName, int awardYear, LocalDate proposedOn,
                             NomineeKind nomineeKind, String name, Sex sex, String award, String achievement,
                             int version) implements Serializable {
}
