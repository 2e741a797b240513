package vn.tincay.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentStatus;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.crypto.EncryptedTextConverter;

/** One line of a case's coordination log: with whom, what was done, the outcome and the next step. */
@Entity
@Table(name = "coordination_entry")
public class CoordinationEntry {

    public static final int TEXT = 2000;
    public static final int NEXT_STEP = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", nullable = false)
    private Incident incident;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Agency agency;

    @NotBlank
    @Size(max = TEXT)
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "action_taken", nullable = false, length = TEXT)
    private String actionTaken;

    @Size(max = TEXT)
    @Convert(converter = EncryptedTextConverter.class)
    @Column(length = TEXT)
    private String outcome;

    @Size(max = NEXT_STEP)
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "next_step", length = NEXT_STEP)
    private String nextStep;

    @Column(name = "next_step_due")
    private LocalDate nextStepDue;

    @Column(name = "next_step_done", nullable = false)
    private boolean nextStepDone;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private int version;

    protected CoordinationEntry() {
    }

    /**
     * @throws UserFacingException when the agency or the action is missing, a due date has no next
     *                             step or lies in the past, or the case is closed (reopen it first)
     */
    public CoordinationEntry(Incident incident, Agency agency, String actionTaken, String outcome, String nextStep,
                             LocalDate nextStepDue, String recordedBy, Instant recordedAt) {
        if (incident.getStatus() == IncidentStatus.CLOSED) {
            throw new UserFacingException("coordination.error.caseClosed");
        }
        if (agency == null) {
            throw new UserFacingException("coordination.error.agencyMissing");
        }
        if (isBlank(actionTaken)) {
            throw new UserFacingException("coordination.error.actionMissing");
        }
        if (nextStepDue != null && isBlank(nextStep)) {
            throw new UserFacingException("coordination.error.dueWithoutStep");
        }
        if (nextStepDue != null && nextStepDue.isBefore(recordedAt.atZone(LocalTime.ZONE).toLocalDate())) {
            throw new UserFacingException("coordination.error.dueInPast");
        }
        this.incident = incident;
        this.agency = agency;
        this.actionTaken = actionTaken.trim();
        this.outcome = blankToNull(outcome);
        this.nextStep = blankToNull(nextStep);
        this.nextStepDue = nextStepDue;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** A next step not done by its due date; "today" is the Vietnamese calendar day. */
    public boolean isOverdue(LocalDate today) {
        return nextStepDue != null && !nextStepDone && nextStepDue.isBefore(today);
    }

    public void markNextStepDone() {
        if (nextStep == null) {
            throw new UserFacingException("coordination.error.noNextStep");
        }
        if (nextStepDone) {
            throw new UserFacingException("coordination.error.alreadyDone");
        }
        this.nextStepDone = true;
    }

    /** Destroys the entry's free text at the end of the case's retention period; agency and dates remain. */
    public void anonymise() {
        this.actionTaken = Referral.ERASED;
        this.outcome = null;
        this.nextStep = null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }

    public Long getId() {
        return id;
    }

    public Incident getIncident() {
        return incident;
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

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public int getVersion() {
        return version;
    }
}
