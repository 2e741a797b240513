package vn.tincay.report;

import java.io.Serializable;
import java.time.LocalDate;
import vn.tincay.incident.GbvType;
import vn.tincay.incident.IncidentStatus;

/** A case of the school in the period that the focal point may cite in II.2 b): code, type and status only. */
public record CaseChoice(long incidentId, String caseCode, GbvType type, IncidentStatus status, LocalDate reportedDate)
        implements Serializable {
}
