package vn.tincay.incident;

import java.io.Serializable;
import java.time.LocalDate;

/** Filters of the case lists; every one is applied in the database. Empty fields do not filter. */
public class IncidentFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private IncidentStatus status;
    private GbvType type;
    private Long schoolId;
    private LocalDate from;
    private LocalDate to;
    private Boolean urgent;
    private boolean overdueOnly;
    private boolean openOnly;
    private String caseCode;
    private String survivorName;

    public IncidentStatus getStatus() {
        return status;
    }

    public void setStatus(IncidentStatus status) {
        this.status = status;
    }

    public GbvType getType() {
        return type;
    }

    public void setType(GbvType type) {
        this.type = type;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Boolean getUrgent() {
        return urgent;
    }

    public void setUrgent(Boolean urgent) {
        this.urgent = urgent;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public void setCaseCode(String caseCode) {
        this.caseCode = caseCode;
    }

    public String getSurvivorName() {
        return survivorName;
    }

    public void setSurvivorName(String survivorName) {
        this.survivorName = survivorName;
    }
}
