package vn.tincay.incident;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as its detail page and the API show it without revealing the survivor: identity and
 * narrative come only through {@link IncidentService#revealIdentity}, which is audited.
 */
public class IncidentDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String caseCode;
    private final int version;
    private final String schoolName;
    private final IncidentStatus status;
    private final CloseReason closeReason;
    private final GbvType type;
    private final GbvAnswers answers;
    private final boolean domesticViolence;
    private final boolean childAbuse;
    private final boolean onlineViolence;
    private final boolean marriageBrokering;
    private final boolean childSexualAbuse;
    private final boolean earlyMarriage;
    private final boolean mustReport;
    private final boolean urgent;
    private final LocalDate incidentDate;
    private final LocalDate reportedDate;
    private final PlaceType placeType;
    private final AgeGroup survivorAgeGroup;
    private final Integer survivorAge;
    private final Sex survivorSex;
    private final SurvivorKind survivorKind;
    private final boolean survivorDisability;
    private final ConsentGiver consentGivenBy;
    private final boolean consentToReferral;
    private final boolean consentToStatistics;
    private final boolean consentToShareContact;
    private final List<PerpetratorDraft> perpetrators;
    private final String reportedBy;
    private final Long assignedToId;
    private final String assignedTo;
    private final Instant createdAt;
    private final boolean mayFollowUp;
    private final boolean mayAssign;
    private final boolean unresolvedAnswers;
    private final boolean typeProvisional;
    private final long referralsSent;

    IncidentDetail(Incident i, boolean mayFollowUp, boolean mayAssign) {
        this(i, mayFollowUp, mayAssign, 0);
    }

    /** @param referralsSent referrals of the case still waiting for the service's answer */
    IncidentDetail(Incident i, boolean mayFollowUp, boolean mayAssign, long referralsSent) {
        this.id = i.getId();
        this.caseCode = i.getCaseCode();
        this.version = i.getVersion();
        this.schoolName = i.getSchool().getName();
        this.status = i.getStatus();
        this.closeReason = i.getCloseReason();
        this.type = i.getType();
        this.answers = i.getAnswers();
        this.domesticViolence = i.isDomesticViolence();
        this.childAbuse = i.isChildAbuse();
        this.onlineViolence = i.isOnlineViolence();
        this.marriageBrokering = i.isMarriageBrokering();
        this.childSexualAbuse = i.isChildSexualAbuse();
        this.earlyMarriage = i.isEarlyMarriage();
        this.mustReport = i.isMustReport();
        this.urgent = i.isUrgent();
        this.incidentDate = i.getIncidentDate();
        this.reportedDate = i.getReportedDate();
        this.placeType = i.getPlaceType();
        this.survivorAgeGroup = i.getSurvivorAgeGroup();
        this.survivorAge = i.getSurvivorAge();
        this.survivorSex = i.getSurvivorSex();
        this.survivorKind = i.getSurvivorKind();
        this.survivorDisability = i.isSurvivorDisability();
        this.consentGivenBy = i.getConsentGivenBy();
        this.consentToReferral = i.isConsentToReferral();
        this.consentToStatistics = i.isConsentToStatistics();
        this.consentToShareContact = i.isConsentToShareContact();
        this.perpetrators = i.getPerpetrators().stream()
                .map(p -> new PerpetratorDraft(p.getRelationship(), p.getSex(), p.getAgeGroup())).toList();
        this.reportedBy = i.getReportedBy().getDisplayName();
        this.assignedToId = i.getAssignedTo() == null ? null : i.getAssignedTo().getId();
        this.assignedTo = i.getAssignedTo() == null ? null : i.getAssignedTo().getDisplayName();
        this.createdAt = i.getCreatedAt();
        this.mayFollowUp = mayFollowUp;
        this.mayAssign = mayAssign;
        this.unresolvedAnswers = i.hasUnresolvedAnswers();
        this.typeProvisional = i.isTypeProvisional();
        this.referralsSent = referralsSent;
    }

    /** Questions still answered "not known": the case cannot go on to "in progress" before they are answered. */
    public boolean isUnresolvedAnswers() {
        return unresolvedAnswers;
    }

    /** Whether a "not known" answer could still change the type. */
    public boolean isTypeProvisional() {
        return typeProvisional;
    }

    /** Referrals of the case still "sent": closing the case asks the coordinator to confirm. */
    public long getReferralsSent() {
        return referralsSent;
    }

    public Long getId() {
        return id;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public int getVersion() {
        return version;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public List<IncidentStatus> getNextStatuses() {
        return List.copyOf(status.next());
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public GbvType getType() {
        return type;
    }

    public GbvAnswers getAnswers() {
        return answers;
    }

    public boolean isDomesticViolence() {
        return domesticViolence;
    }

    public boolean isChildAbuse() {
        return childAbuse;
    }

    public boolean isOnlineViolence() {
        return onlineViolence;
    }

    public boolean isMarriageBrokering() {
        return marriageBrokering;
    }

    public boolean isChildSexualAbuse() {
        return childSexualAbuse;
    }

    public boolean isEarlyMarriage() {
        return earlyMarriage;
    }

    public boolean isMustReport() {
        return mustReport;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public LocalDate getIncidentDate() {
        return incidentDate;
    }

    public LocalDate getReportedDate() {
        return reportedDate;
    }

    public PlaceType getPlaceType() {
        return placeType;
    }

    public AgeGroup getSurvivorAgeGroup() {
        return survivorAgeGroup;
    }

    public Integer getSurvivorAge() {
        return survivorAge;
    }

    public Sex getSurvivorSex() {
        return survivorSex;
    }

    public SurvivorKind getSurvivorKind() {
        return survivorKind;
    }

    public boolean isSurvivorDisability() {
        return survivorDisability;
    }

    public ConsentGiver getConsentGivenBy() {
        return consentGivenBy;
    }

    public boolean isConsentToReferral() {
        return consentToReferral;
    }

    public boolean isConsentToStatistics() {
        return consentToStatistics;
    }

    public boolean isConsentToShareContact() {
        return consentToShareContact;
    }

    public List<PerpetratorDraft> getPerpetrators() {
        return perpetrators;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Long getAssignedToId() {
        return assignedToId;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isMayFollowUp() {
        return mayFollowUp;
    }

    public boolean isMayAssign() {
        return mayAssign;
    }
}
