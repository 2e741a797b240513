package vn.tincay.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A coordination entry as the form or the API sends it. */
public class CoordinationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Agency agency;
    @NotBlank
    @Size(max = CoordinationEntry.TEXT)
    private String actionTaken;
    @Size(max = CoordinationEntry.TEXT)
    private String outcome;
    @Size(max = CoordinationEntry.NEXT_STEP)
    private String nextStep;
    private LocalDate nextStepDue;

    public Agency getAgency() {
        return agency;
    }

    public void setAgency(Agency agency) {
        this.agency = agency;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public void setActionTaken(String actionTaken) {
        this.actionTaken = actionTaken;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }

    public LocalDate getNextStepDue() {
        return nextStepDue;
    }

    public void setNextStepDue(LocalDate nextStepDue) {
        this.nextStepDue = nextStepDue;
    }
}
