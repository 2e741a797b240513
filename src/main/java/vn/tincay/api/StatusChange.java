package vn.tincay.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.tincay.incident.CloseReason;
import vn.tincay.incident.IncidentStatus;
import vn.tincay.incident.IncidentStatusChange;

/** The body of POST /incidents/{id}/status: the version the client last read and where the case goes. */
public class StatusChange {

    @NotNull
    private Integer version;
    @NotNull
    private IncidentStatus status;
    private CloseReason reason;
    @Size(max = IncidentStatusChange.NOTE)
    private String note;
    /** Close although referrals still wait for the service's answer ("sent"). */
    private boolean referralsSentConfirmed;

    public boolean isReferralsSentConfirmed() {
        return referralsSentConfirmed;
    }

    public void setReferralsSentConfirmed(boolean referralsSentConfirmed) {
        this.referralsSentConfirmed = referralsSentConfirmed;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public void setStatus(IncidentStatus status) {
        this.status = status;
    }

    public CloseReason getReason() {
        return reason;
    }

    public void setReason(CloseReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
