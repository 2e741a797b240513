package vn.tincay.followup;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One entry of a case's coordination timeline. */
public class CoordinationEntryRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final int version;
    private final Agency agency;
    private final String actionTaken;
    private final String outcome;
    private final String nextStep;
    private final LocalDate nextStepDue;
    private final boolean nextStepDone;
    private final boolean overdue;
    private final String recordedBy;
    private final Instant recordedAt;

    CoordinationEntryRow(CoordinationEntry entry, String recordedByName, LocalDate today) {
        this.id = entry.getId();
        this.version = entry.getVersion();
        this.agency = entry.getAgency();
        this.actionTaken = entry.getActionTaken();
        this.outcome = entry.getOutcome();
        this.nextStep = entry.getNextStep();
        this.nextStepDue = entry.getNextStepDue();
        this.nextStepDone = entry.isNextStepDone();
        this.overdue = entry.isOverdue(today);
        this.recordedBy = recordedByName == null ? entry.getRecordedBy() : recordedByName;
        this.recordedAt = entry.getRecordedAt();
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getNextStep() {
        return nextStep;
    }

    public LocalDate getNextStepDue() {
        return nextStepDue;
    }

    public boolean isNextStepDone() {
        return nextStepDone;
    }

    /** A next step still open: it can be marked done. */
    public boolean isNextStepOpen() {
        return nextStep != null && !nextStepDone;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
