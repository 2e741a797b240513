package vn.tincay.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An in-app message to one account, such as "an urgent incident was reported". It names the case
 * only by its id and case code: nothing about the survivor.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private NotificationKind kind;

    @Column(name = "incident_id")
    private Long incidentId;

    @Column(name = "case_code", length = 32)
    private String caseCode;

    @Column(name = "related_incident_id")
    private Long relatedIncidentId;

    @Column(name = "related_case_code", length = 32)
    private String relatedCaseCode;

    /** The account a notification is about (refused access), never a survivor. */
    @Column(name = "subject_account", length = 64)
    private String subjectAccount;

    /** The periodic report a notification is about (reminders before a report exists name only the period). */
    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "period_id")
    private Long periodId;

    /** The unit whose report it is, by name: schools and offices are not personal data. */
    @Column(name = "report_unit", length = 200)
    private String reportUnit;

    /** The ad-hoc report a notification is about; {@code reportUnit} then holds its title or the school's name. */
    @Column(name = "adhoc_request_id")
    private Long adhocRequestId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    private Notification(long recipientId, NotificationKind kind, Long incidentId, String caseCode, Instant now) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.incidentId = incidentId;
        this.caseCode = caseCode;
        this.createdAt = now;
    }

    public static Notification urgentIncident(long recipientId, long incidentId, String caseCode, Instant now) {
        return new Notification(recipientId, NotificationKind.URGENT_INCIDENT, incidentId, caseCode, now);
    }

    /** The new case and the existing one it may duplicate, for someone who may open both. */
    public static Notification possibleDuplicate(long recipientId, long incidentId, String caseCode,
                                                 long relatedIncidentId, String relatedCaseCode, Instant now) {
        Notification n = new Notification(recipientId, NotificationKind.POSSIBLE_DUPLICATE, incidentId, caseCode, now);
        n.relatedIncidentId = relatedIncidentId;
        n.relatedCaseCode = relatedCaseCode;
        return n;
    }

    public static Notification duplicateCheckSkipped(long recipientId, long incidentId, String caseCode, Instant now) {
        return new Notification(recipientId, NotificationKind.DUPLICATE_CHECK_SKIPPED, incidentId, caseCode, now);
    }

    /** To a service's account: a referral it received was withdrawn (names the case code only). */
    public static Notification referralWithdrawn(long recipientId, String caseCode, Instant now) {
        return new Notification(recipientId, NotificationKind.REFERRAL_WITHDRAWN, null, caseCode, now);
    }

    /** Many refusals of one account: names the account, no case. */
    public static Notification accessRefusals(long recipientId, String account, Instant now) {
        Notification n = new Notification(recipientId, NotificationKind.ACCESS_REFUSALS, null, null, now);
        n.subjectAccount = account;
        return n;
    }

    /** About a periodic report (or, for a reminder, the period a unit has not reported for yet). */
    public static Notification aboutReport(long recipientId, NotificationKind kind, Long reportId, long periodId,
                                           String unitName, Instant now) {
        Notification n = new Notification(recipientId, kind, null, null, now);
        n.reportId = reportId;
        n.periodId = periodId;
        n.reportUnit = unitName == null || unitName.length() <= 200 ? unitName : unitName.substring(0, 200);
        return n;
    }

    /** About an ad-hoc report: its title (to a school) or the school that answered (to a coordinator). */
    public static Notification aboutAdHoc(long recipientId, NotificationKind kind, long requestId, String text,
                                          Instant now) {
        Notification n = new Notification(recipientId, kind, null, null, now);
        n.adhocRequestId = requestId;
        n.reportUnit = text == null || text.length() <= 200 ? text : text.substring(0, 200);
        return n;
    }

    public Long getAdhocRequestId() {
        return adhocRequestId;
    }

    public Long getReportId() {
        return reportId;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public String getReportUnit() {
        return reportUnit;
    }

    /** Marks it read the first time; reading it again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public Long getRelatedIncidentId() {
        return relatedIncidentId;
    }

    public String getRelatedCaseCode() {
        return relatedCaseCode;
    }

    public String getSubjectAccount() {
        return subjectAccount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
