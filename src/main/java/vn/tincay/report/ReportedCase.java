package vn.tincay.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A case the focal point chose for II.2 b): its code and a short summary they write, without
 * anything that identifies the survivor. A district's consolidated report keeps the summaries only
 * (it goes to the province, which never sees case codes).
 */
@Embeddable
public class ReportedCase implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int SUMMARY = 1000;

    @Column(name = "incident_id")
    private Long incidentId;

    @Column(name = "case_code", length = 32)
    private String caseCode;

    @Column(name = "summary", nullable = false, length = SUMMARY)
    private String summary;

    public ReportedCase() {
    }

    public ReportedCase(Long incidentId, String caseCode, String summary) {
        this.incidentId = incidentId;
        this.caseCode = caseCode;
        this.summary = summary;
    }

    public ReportedCase copy() {
        return new ReportedCase(incidentId, caseCode, summary);
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public void setIncidentId(Long incidentId) {
        this.incidentId = incidentId;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public void setCaseCode(String caseCode) {
        this.caseCode = caseCode;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportedCase c && Objects.equals(c.incidentId, incidentId)
                && Objects.equals(c.caseCode, caseCode) && Objects.equals(c.summary, summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(incidentId, caseCode, summary);
    }
}
