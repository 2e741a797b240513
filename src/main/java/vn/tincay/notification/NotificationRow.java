package vn.tincay.notification;

import java.io.Serializable;
import java.time.Instant;

/** One line of the caller's notification list. */
public class NotificationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final NotificationKind kind;
    private final Long incidentId;
    private final String caseCode;
    private final Instant createdAt;
    private final Instant readAt;
    private Long relatedIncidentId;
    private String relatedCaseCode;
    private String subjectAccount;
    private Long reportId;
    private Long periodId;
    private String reportUnit;
    private Long adhocRequestId;

    public NotificationRow(Long id, NotificationKind kind, Long incidentId, String caseCode, Instant createdAt,
                           Instant readAt) {
        this.id = id;
        this.kind = kind;
        this.incidentId = incidentId;
        this.caseCode = caseCode;
        this.createdAt = createdAt;
        this.readAt = readAt;
    }

    /** With the second case (possible duplicates) and the account (refused access) a notification may name. */
    public NotificationRow(Long id, NotificationKind kind, Long incidentId, String caseCode, Instant createdAt,
                           Instant readAt, Long relatedIncidentId, String relatedCaseCode, String subjectAccount) {
        this(id, kind, incidentId, caseCode, createdAt, readAt);
        this.relatedIncidentId = relatedIncidentId;
        this.relatedCaseCode = relatedCaseCode;
        this.subjectAccount = subjectAccount;
    }

    /**
     * About a periodic report – the report (may be null for a reminder), the period and the unit's name –
     * or an ad-hoc report: its id and its title or the school's name.
     */
    public NotificationRow(Long id, NotificationKind kind, Instant createdAt, Instant readAt, Long reportId,
                           Long periodId, String reportUnit, Long adhocRequestId) {
        this(id, kind, null, null, createdAt, readAt);
        this.reportId = reportId;
        this.periodId = periodId;
        this.reportUnit = reportUnit;
        this.adhocRequestId = adhocRequestId;
    }

    /** Every field: a list mixing case and report notifications. */
    public NotificationRow(Long id, NotificationKind kind, Long incidentId, String caseCode, Instant createdAt,
                           Instant readAt, Long relatedIncidentId, String relatedCaseCode, String subjectAccount,
                           Long reportId, Long periodId, String reportUnit, Long adhocRequestId) {
        this(id, kind, incidentId, caseCode, createdAt, readAt, relatedIncidentId, relatedCaseCode, subjectAccount);
        this.reportId = reportId;
        this.periodId = periodId;
        this.reportUnit = reportUnit;
        this.adhocRequestId = adhocRequestId;
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

    public boolean isAboutReport() {
        return periodId != null;
    }

    public Long getAdhocRequestId() {
        return adhocRequestId;
    }

    public boolean isAboutAdHoc() {
        return adhocRequestId != null;
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

    public Long getId() {
        return id;
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
