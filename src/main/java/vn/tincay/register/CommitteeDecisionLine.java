package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;

/** A decision setting up or re-forming a unit's committee, as listed in pages and reports. */
public record CommitteeDecisionLine(long id, Long schoolId, String unitName, String decisionNumber,
                                    LocalDate decidedOn, String signerBody, int version) implements Serializable {
}
