package vn.tincay.incident;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of a case list: no identity, nothing decrypted. */
public class IncidentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String caseCode;
    private final String schoolName;
    private final GbvType type;
    private final IncidentStatus status;
    private final boolean urgent;
    private final boolean mustReport;
    private final LocalDate incidentDate;
    private final LocalDate reportedDate;
    private final AgeGroup survivorAgeGroup;
    private final String assignedTo;

    public IncidentRow(Long id, String caseCode, String schoolName, GbvType type, IncidentStatus status,
                       boolean urgent, boolean mustReport, LocalDate incidentDate, LocalDate reportedDate,
                       AgeGroup survivorAgeGroup, String assignedTo) {
        this.id = id;
        this.caseCode = caseCode;
        this.schoolName = schoolName;
        this.type = type;
        this.status = status;
        this.urgent = urgent;
        this.mustReport = mustReport;
        this.incidentDate = incidentDate;
        this.reportedDate = reportedDate;
        this.survivorAgeGroup = survivorAgeGroup;
        this.assignedTo = assignedTo;
    }

    public Long getId() {
        return id;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public GbvType getType() {
        return type;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public boolean isMustReport() {
        return mustReport;
    }

    public LocalDate getIncidentDate() {
        return incidentDate;
    }

    public LocalDate getReportedDate() {
        return reportedDate;
    }

    public AgeGroup getSurvivorAgeGroup() {
        return survivorAgeGroup;
    }

    public String getAssignedTo() {
        return assignedTo;
    }
}
