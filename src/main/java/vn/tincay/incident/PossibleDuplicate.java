package vn.tincay.incident;

import java.io.Serializable;
import java.time.LocalDate;

/** An existing case that may be the same incident: same school, same survivor, close dates. */
public class PossibleDuplicate implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String caseCode;
    private final LocalDate incidentDate;
    private final GbvType type;
    private final IncidentStatus status;

    public PossibleDuplicate(String caseCode, LocalDate incidentDate, GbvType type, IncidentStatus status) {
        this.caseCode = caseCode;
        this.incidentDate = incidentDate;
        this.type = type;
        this.status = status;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public LocalDate getIncidentDate() {
        return incidentDate;
    }

    public GbvType getType() {
        return type;
    }

    public IncidentStatus getStatus() {
        return status;
    }
}
