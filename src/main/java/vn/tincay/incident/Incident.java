package vn.tincay.incident;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.tincay.account.UserAccount;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.crypto.EncryptedTextConverter;

/**
 * An incident report and its case. Owns its classification (derived, never chosen), its status
 * transitions and the consent rule. The narrative and the survivor's identity are encrypted in the
 * database; lists and statistics use only the non-identifying fields.
 */
@Entity
@Table(name = "incident")
public class Incident {

    public static final int NARRATIVE = 5000;
    public static final int MAX_PERPETRATORS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_code", nullable = false, unique = true, length = 32)
    private String caseCode;

    /** The code without separators, upper case: what a case-code search matches the beginning of. */
    @Column(name = "case_code_key", length = 32)
    private String caseCodeKey;

    /** The code after the district code, without separators ("20260042"), for searches by year and number. */
    @Column(name = "case_serial", length = 24)
    private String caseSerial;

    @Column(name = "submission_token", nullable = false, unique = true, length = 36)
    private String submissionToken;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private District district;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reported_by_id", nullable = false)
    private UserAccount reportedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_to_id")
    private UserAccount assignedTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private IncidentStatus status = IncidentStatus.REPORTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 32)
    private CloseReason closeReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "gbv_type", nullable = false, length = 32)
    private GbvType type;

    @Embedded
    private GbvAnswers answers = new GbvAnswers();

    @Column(name = "flag_domestic", nullable = false)
    private boolean domesticViolence;

    /** Derived: see {@link ChildProtection#isChildAbuse}. */
    @Column(name = "flag_child_abuse", nullable = false)
    private boolean childAbuse;

    /** What the reporter said ("abuse of a child"); decides the derived flag only while the age is unknown. */
    @Column(name = "child_abuse_reported", nullable = false)
    private boolean childAbuseReported;

    /** Derived: an online place, or the reporter said it (also) happened online. */
    @Column(name = "flag_online", nullable = false)
    private boolean onlineViolence;

    @Column(name = "flag_marriage_brokering", nullable = false)
    private boolean marriageBrokering;

    @Column(name = "child_sexual_abuse", nullable = false)
    private boolean childSexualAbuse;

    @Column(name = "early_marriage", nullable = false)
    private boolean earlyMarriage;

    @Column(name = "must_report", nullable = false)
    private boolean mustReport;

    @Column(nullable = false)
    private boolean urgent;

    @NotNull
    @Column(name = "incident_date", nullable = false)
    private LocalDate incidentDate;

    @NotNull
    @Column(name = "reported_date", nullable = false)
    private LocalDate reportedDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "place_type", nullable = false, length = 24)
    private PlaceType placeType;

    @Size(max = NARRATIVE)
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "narrative_enc")
    private String narrative;

    @Column(name = "survivor_age")
    private Integer survivorAge;

    @Enumerated(EnumType.STRING)
    @Column(name = "survivor_age_group", nullable = false, length = 16)
    private AgeGroup survivorAgeGroup;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "survivor_sex", nullable = false, length = 8)
    private Sex survivorSex;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "survivor_kind", nullable = false, length = 16)
    private SurvivorKind survivorKind;

    @Column(name = "survivor_disability", nullable = false)
    private boolean survivorDisability;

    @Valid
    @Embedded
    private SurvivorIdentity survivor = new SurvivorIdentity();

    @Column(name = "survivor_name_hash", length = 43)
    private String survivorNameHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_given_by", length = 16)
    private ConsentGiver consentGivenBy;

    @Column(name = "consent_referral", nullable = false)
    private boolean consentToReferral;

    @Column(name = "consent_statistics", nullable = false)
    private boolean consentToStatistics;

    @Column(name = "consent_share_contact", nullable = false)
    private boolean consentToShareContact;

    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Perpetrator> perpetrators = new ArrayList<>();

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When identity and free text were destroyed at the end of the retention period; counts remain. */
    /** Longest reason to keep a case beyond its retention period. */
    public static final int HOLD_REASON = 500;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    /** Why a closed case must be kept beyond the retention period (legal proceedings), encrypted. */
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "retention_hold_reason_enc")
    private String retentionHoldReason;

    @Column(name = "retention_hold_by", length = 64)
    private String retentionHoldBy;

    @Column(name = "retention_hold_at")
    private Instant retentionHoldAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Incident() {
    }

    /** A new report; {@link #classify()} must follow once answers, flags and survivor are set. */
    public Incident(String caseCode, String submissionToken, School school, UserAccount reportedBy, Instant now) {
        this.caseCode = caseCode;
        this.caseCodeKey = CaseCodes.searchKey(caseCode);
        this.caseSerial = CaseCodes.serial(caseCode, school.getDistrict().getCode());
        this.submissionToken = submissionToken;
        this.school = school;
        this.district = school.getDistrict();
        this.reportedBy = reportedBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describeIncident(LocalDate incidentDate, LocalDate reportedDate, PlaceType placeType, boolean urgent,
                                 String narrative) {
        if (incidentDate != null && reportedDate != null && incidentDate.isAfter(reportedDate)) {
            throw new UserFacingException("incident.error.incidentAfterReport");
        }
        // A case is numbered in the year it is filed, and cannot have been received later: the case list bounds
        // a search by the code's year with it (IncidentListQuery).
        if (reportedDate != null && reportedDate.getYear() > CaseCodes.year(caseCode)) {
            throw new UserFacingException("incident.error.reportAfterFiling");
        }
        this.incidentDate = incidentDate;
        this.reportedDate = reportedDate;
        this.placeType = placeType;
        this.urgent = urgent;
        this.narrative = narrative;
    }

    /**
     * The reporter's answers and statements; every question must be answered (yes, no or not known).
     * The flags that follow from other facts are derived by {@link #classify()}.
     */
    public void answer(GbvAnswers newAnswers, boolean domestic, boolean childAbuseFlag, boolean online,
                       boolean brokering) {
        requireAllAnswered(newAnswers);
        this.answers = newAnswers.copy();
        this.domesticViolence = domestic;
        this.childAbuseReported = childAbuseFlag;
        this.onlineViolence = online;
        this.marriageBrokering = brokering;
    }

    /**
     * The coordinator answers the questions again while verifying, typically those the reporter
     * answered "not known"; the classification and the flags are derived again.
     */
    public void reviseAnswers(GbvAnswers revised, Instant now) {
        requireNotAnonymised();
        requireAllAnswered(revised);
        this.answers = revised.copy();
        classify();
        this.updatedAt = now;
    }

    private static void requireAllAnswered(GbvAnswers given) {
        if (given == null) {
            throw new UserFacingException("incident.error.answersMissing", "answers");
        }
        if (!given.allAnswered()) {
            throw new UserFacingException("incident.error.answersMissing", String.join(", ",
                    given.unanswered().stream().map(q -> "answers." + q.field()).toList()));
        }
    }

    /** Questions answered "not known" that the coordinator has not yet answered. */
    public boolean hasUnresolvedAnswers() {
        return answers != null && answers.anyUnknown();
    }

    /** The survivor's identity and the non-identifying facts used in statistics. */
    public void describeSurvivor(SurvivorIdentity identity, String nameHash, Integer age, AgeGroup ageGroup, Sex sex,
                                 SurvivorKind kind, boolean disability) {
        if (age != null && (age < 0 || age > 120)) {
            throw new UserFacingException("incident.error.age");
        }
        this.survivor = identity;
        this.survivorNameHash = nameHash;
        this.survivorAge = age;
        this.survivorAgeGroup = age != null ? AgeGroup.of(age) : ageGroup == null ? AgeGroup.UNKNOWN : ageGroup;
        this.survivorSex = sex;
        this.survivorKind = kind;
        this.survivorDisability = disability;
    }

    public void addPerpetrator(Relationship relationship, Sex sex, AgeGroup ageGroup) {
        if (perpetrators.size() >= MAX_PERPETRATORS) {
            throw new UserFacingException("incident.error.tooManyPerpetrators", MAX_PERPETRATORS);
        }
        perpetrators.add(new Perpetrator(this, perpetrators.size() + 1, relationship, sex, ageGroup));
    }

    /**
     * Records consent. Consent to anything needs the right giver for the survivor's age: the
     * guardian under 7, the child and the guardian from 7 to 17, the survivor from 18.
     */
    public void recordConsent(ConsentGiver givenBy, boolean toReferral, boolean toStatistics, boolean toShareContact) {
        boolean anyConsent = toReferral || toStatistics || toShareContact;
        if (anyConsent && givenBy == null) {
            throw new UserFacingException("incident.error.consentGiverMissing");
        }
        // A giver without any consent records who was asked and refused: the same rule applies.
        ConsentGiver required = ChildProtection.requiredConsentGiver(survivorAge);
        if (givenBy != null && required != null && givenBy != required) {
            throw new UserFacingException("incident.error.consentGiverWrong", required.name());
        }
        this.consentGivenBy = givenBy;
        this.consentToReferral = toReferral;
        this.consentToStatistics = toStatistics;
        this.consentToShareContact = toShareContact;
    }

    /**
     * Derives type, context, abuse of a child, online violence and the duty to report from the
     * answers, the place, the age and the sex, so that none of them can contradict another.
     */
    public void classify() {
        GbvClassification classification = GbvClassification.classify(answers, survivorAge, survivorAgeGroup,
                survivorSex);
        this.type = classification.type();
        this.childSexualAbuse = classification.childSexualAbuse();
        this.earlyMarriage = classification.earlyMarriage();
        boolean abuse = type != GbvType.NOT_GBV || answers.anyUnknown();
        this.childAbuse = ChildProtection.isChildAbuse(abuse, childAbuseReported, survivorAge, survivorAgeGroup);
        this.mustReport = childAbuse;
        this.onlineViolence = onlineViolence || placeType == PlaceType.ONLINE;
    }

    /** Whether a question answered "not known" could still change the type. */
    public boolean isTypeProvisional() {
        return GbvClassification.isProvisional(answers);
    }

    /** Moves the case to another status; rejected when the rules do not allow it. */
    public IncidentStatusChange changeStatus(IncidentStatus target, CloseReason reason, String note, String by,
                                             Instant now) {
        if (!status.canMoveTo(target)) {
            throw new UserFacingException("incident.error.transition", status.name(), target.name());
        }
        if (target == IncidentStatus.IN_PROGRESS && hasUnresolvedAnswers()) {
            throw new UserFacingException("incident.error.unknownAnswers");
        }
        if (target == IncidentStatus.CLOSED && reason == null) {
            throw new UserFacingException("incident.error.closeReasonMissing");
        }
        boolean noteMissing = note == null || note.isBlank();
        if (noteMissing && (reason == CloseReason.OTHER || status == IncidentStatus.CLOSED)) {
            throw new UserFacingException("incident.error.noteMissing");
        }
        IncidentStatusChange change = new IncidentStatusChange(this, status, target,
                target == IncidentStatus.CLOSED ? reason : null, note, by, now);
        this.status = target;
        this.closeReason = target == IncidentStatus.CLOSED ? reason : null;
        this.closedAt = target == IncidentStatus.CLOSED ? now : null;
        this.updatedAt = now;
        return change;
    }

    /**
     * The survivor (or guardian) withdraws a consent; it takes effect at once. Returns false when
     * that consent was not given (nothing to withdraw).
     */
    public boolean withdrawConsent(ConsentKind kind, Instant now) {
        boolean had = hasConsent(kind);
        switch (kind) {
            case REFERRAL -> consentToReferral = false;
            case STATISTICS -> consentToStatistics = false;
            case SHARE_CONTACT -> consentToShareContact = false;
        }
        if (had) {
            updatedAt = now;
        }
        return had;
    }

    public boolean hasConsent(ConsentKind kind) {
        return switch (kind) {
            case REFERRAL -> consentToReferral;
            case STATISTICS -> consentToStatistics;
            case SHARE_CONTACT -> consentToShareContact;
        };
    }

    /**
     * Corrects one identity field at the survivor's request and returns the value it replaces, for
     * the history. A new name needs its search hashes renewed by the caller.
     */
    public String correctIdentity(IdentityField field, String value, String newNameHash, Instant now) {
        requireNotAnonymised();
        String old = field.read(getSurvivor());
        this.survivor = field.write(getSurvivor(), value);
        if (field == IdentityField.FULL_NAME) {
            this.survivorNameHash = newNameHash;
        }
        this.updatedAt = now;
        return old;
    }

    /** Keeps a closed case beyond the retention period, for a reason (legal proceedings). */
    public void holdRetention(String reason, String by, Instant now) {
        requireNotAnonymised();
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("retention.error.reasonMissing");
        }
        if (reason.length() > HOLD_REASON) {
            throw new UserFacingException("correction.error.tooLong", HOLD_REASON);
        }
        this.retentionHoldReason = reason.trim();
        this.retentionHoldBy = by;
        this.retentionHoldAt = now;
        this.updatedAt = now;
    }

    public void releaseRetention(Instant now) {
        this.retentionHoldReason = null;
        this.retentionHoldBy = null;
        this.retentionHoldAt = null;
        this.updatedAt = now;
    }

    /** Whether a closed case has reached the end of its retention period and is not held. */
    public boolean isDueForAnonymisation(Instant cutoff) {
        return status == IncidentStatus.CLOSED && closedAt != null && !closedAt.isAfter(cutoff)
                && anonymisedAt == null && retentionHoldAt == null;
    }

    /**
     * Destroys the identity and the narrative; the classification, dates, age group and the other
     * facts counted in statistics remain. The follow-up's free text is destroyed by the caller.
     */
    public void anonymise(Instant now) {
        this.survivor = new SurvivorIdentity();
        this.survivorNameHash = null;
        this.narrative = null;
        this.survivorAge = null;
        this.retentionHoldReason = null;
        this.anonymisedAt = now;
        this.updatedAt = now;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    private void requireNotAnonymised() {
        if (anonymisedAt != null) {
            throw new UserFacingException("retention.error.anonymised");
        }
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public String getRetentionHoldReason() {
        return retentionHoldReason;
    }

    public String getRetentionHoldBy() {
        return retentionHoldBy;
    }

    public Instant getRetentionHoldAt() {
        return retentionHoldAt;
    }

    /** The first entry of the status history. */
    public IncidentStatusChange reported(String by) {
        return new IncidentStatusChange(this, null, IncidentStatus.REPORTED, null, null, by, createdAt);
    }

    public void assignTo(UserAccount coordinator, Instant now) {
        this.assignedTo = coordinator;
        this.updatedAt = now;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public String getCaseCodeKey() {
        return caseCodeKey;
    }

    public String getCaseSerial() {
        return caseSerial;
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public District getDistrict() {
        return district;
    }

    public School getSchool() {
        return school;
    }

    public UserAccount getReportedBy() {
        return reportedBy;
    }

    public UserAccount getAssignedTo() {
        return assignedTo;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public GbvType getType() {
        return type;
    }

    public GbvAnswers getAnswers() {
        return answers.copy();
    }

    public boolean isDomesticViolence() {
        return domesticViolence;
    }

    public boolean isChildAbuse() {
        return childAbuse;
    }

    public boolean isChildAbuseReported() {
        return childAbuseReported;
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

    public String getNarrative() {
        return narrative;
    }

    public Integer getSurvivorAge() {
        return survivorAge;
    }

    public AgeGroup getSurvivorAgeGroup() {
        return survivorAgeGroup;
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

    /** Never null: JPA reads an identity whose every field is empty (none given, or anonymised) as null. */
    public SurvivorIdentity getSurvivor() {
        return survivor == null ? new SurvivorIdentity() : survivor;
    }

    public String getSurvivorNameHash() {
        return survivorNameHash;
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

    public List<Perpetrator> getPerpetrators() {
        return Collections.unmodifiableList(perpetrators);
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
