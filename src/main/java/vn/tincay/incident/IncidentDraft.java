package vn.tincay.incident;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A report as typed into the intake form (or posted to the API) before it becomes an incident.
 * The submission token makes a repeated submission (double click, refresh, resend) idempotent.
 */
public class IncidentDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Pattern(regexp = "^[0-9a-f-]{36}$")
    private String submissionToken = UUID.randomUUID().toString();

    /** Needed for district coordinators, who report for any school of their district; ignored for school staff. */
    private Long schoolId;

    @NotNull
    @PastOrPresent
    private LocalDate incidentDate;
    @NotNull
    @PastOrPresent
    private LocalDate reportedDate;
    @NotNull
    private PlaceType placeType;
    private boolean urgent;
    @Size(max = Incident.NARRATIVE)
    private String narrative;

    @Valid
    @NotNull
    private GbvAnswers answers = new GbvAnswers();
    private boolean domesticViolence;
    private boolean childAbuse;
    private boolean onlineViolence;
    private boolean marriageBrokering;

    @Size(max = SurvivorIdentity.NAME)
    private String survivorName;
    @PastOrPresent
    private LocalDate survivorBirthDate;
    @Size(max = SurvivorIdentity.CLASS_NAME)
    private String survivorClass;
    @Size(max = SurvivorIdentity.ADDRESS)
    private String survivorAddress;
    @Size(max = SurvivorIdentity.NAME)
    private String guardianName;
    @Size(max = SurvivorIdentity.PHONE)
    @Pattern(regexp = "^[0-9 +().-]*$")
    private String guardianPhone;
    @Min(0)
    @Max(120)
    private Integer survivorAge;
    private AgeGroup survivorAgeGroup = AgeGroup.UNKNOWN;
    @NotNull
    private Sex survivorSex = Sex.FEMALE;
    @NotNull
    private SurvivorKind survivorKind = SurvivorKind.STUDENT;
    private boolean survivorDisability;

    @Valid
    @Size(max = Incident.MAX_PERPETRATORS)
    private List<PerpetratorDraft> perpetrators = new ArrayList<>();

    private ConsentGiver consentGivenBy;
    private boolean consentToReferral;
    private boolean consentToStatistics;
    private boolean consentToShareContact;

    /** Age at the incident: from the birth date when known, else as typed. */
    public Integer ageAtIncident() {
        if (survivorBirthDate != null && incidentDate != null && !survivorBirthDate.isAfter(incidentDate)) {
            return java.time.Period.between(survivorBirthDate, incidentDate).getYears();
        }
        return survivorAge;
    }

    /** The type the answers lead to, for showing before saving. */
    public GbvType derivedType() {
        return GbvClassification.typeOf(answers);
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public void setSubmissionToken(String submissionToken) {
        this.submissionToken = submissionToken;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public LocalDate getIncidentDate() {
        return incidentDate;
    }

    public void setIncidentDate(LocalDate incidentDate) {
        this.incidentDate = incidentDate;
    }

    public LocalDate getReportedDate() {
        return reportedDate;
    }

    public void setReportedDate(LocalDate reportedDate) {
        this.reportedDate = reportedDate;
    }

    public PlaceType getPlaceType() {
        return placeType;
    }

    public void setPlaceType(PlaceType placeType) {
        this.placeType = placeType;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public GbvAnswers getAnswers() {
        return answers;
    }

    public void setAnswers(GbvAnswers answers) {
        this.answers = answers;
    }

    public boolean isDomesticViolence() {
        return domesticViolence;
    }

    public void setDomesticViolence(boolean domesticViolence) {
        this.domesticViolence = domesticViolence;
    }

    public boolean isChildAbuse() {
        return childAbuse;
    }

    public void setChildAbuse(boolean childAbuse) {
        this.childAbuse = childAbuse;
    }

    public boolean isOnlineViolence() {
        return onlineViolence;
    }

    public void setOnlineViolence(boolean onlineViolence) {
        this.onlineViolence = onlineViolence;
    }

    public boolean isMarriageBrokering() {
        return marriageBrokering;
    }

    public void setMarriageBrokering(boolean marriageBrokering) {
        this.marriageBrokering = marriageBrokering;
    }

    public String getSurvivorName() {
        return survivorName;
    }

    public void setSurvivorName(String survivorName) {
        this.survivorName = survivorName;
    }

    public LocalDate getSurvivorBirthDate() {
        return survivorBirthDate;
    }

    public void setSurvivorBirthDate(LocalDate survivorBirthDate) {
        this.survivorBirthDate = survivorBirthDate;
    }

    public String getSurvivorClass() {
        return survivorClass;
    }

    public void setSurvivorClass(String survivorClass) {
        this.survivorClass = survivorClass;
    }

    public String getSurvivorAddress() {
        return survivorAddress;
    }

    public void setSurvivorAddress(String survivorAddress) {
        this.survivorAddress = survivorAddress;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public String getGuardianPhone() {
        return guardianPhone;
    }

    public void setGuardianPhone(String guardianPhone) {
        this.guardianPhone = guardianPhone;
    }

    public Integer getSurvivorAge() {
        return survivorAge;
    }

    public void setSurvivorAge(Integer survivorAge) {
        this.survivorAge = survivorAge;
    }

    public AgeGroup getSurvivorAgeGroup() {
        return survivorAgeGroup;
    }

    public void setSurvivorAgeGroup(AgeGroup survivorAgeGroup) {
        this.survivorAgeGroup = survivorAgeGroup;
    }

    public Sex getSurvivorSex() {
        return survivorSex;
    }

    public void setSurvivorSex(Sex survivorSex) {
        this.survivorSex = survivorSex;
    }

    public SurvivorKind getSurvivorKind() {
        return survivorKind;
    }

    public void setSurvivorKind(SurvivorKind survivorKind) {
        this.survivorKind = survivorKind;
    }

    public boolean isSurvivorDisability() {
        return survivorDisability;
    }

    public void setSurvivorDisability(boolean survivorDisability) {
        this.survivorDisability = survivorDisability;
    }

    public List<PerpetratorDraft> getPerpetrators() {
        return perpetrators;
    }

    public void setPerpetrators(List<PerpetratorDraft> perpetrators) {
        this.perpetrators = perpetrators;
    }

    public ConsentGiver getConsentGivenBy() {
        return consentGivenBy;
    }

    public void setConsentGivenBy(ConsentGiver consentGivenBy) {
        this.consentGivenBy = consentGivenBy;
    }

    public boolean isConsentToReferral() {
        return consentToReferral;
    }

    public void setConsentToReferral(boolean consentToReferral) {
        this.consentToReferral = consentToReferral;
    }

    public boolean isConsentToStatistics() {
        return consentToStatistics;
    }

    public void setConsentToStatistics(boolean consentToStatistics) {
        this.consentToStatistics = consentToStatistics;
    }

    public boolean isConsentToShareContact() {
        return consentToShareContact;
    }

    public void setConsentToShareContact(boolean consentToShareContact) {
        this.consentToShareContact = consentToShareContact;
    }
}
