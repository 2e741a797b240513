package vn.tincay.notification;

/** What an in-app notification is about. Stored by name: never rename a constant, only add. */
public enum NotificationKind {
    URGENT_INCIDENT,
    /** A new report may be about the same survivor as another case its reporter may not open. */
    POSSIBLE_DUPLICATE,
    /** A report was filed without its duplicate check, because its reporter checked too often. */
    DUPLICATE_CHECK_SKIPPED,
    /** One account was refused access many times in a short time. */
    ACCESS_REFUSALS,
    /** The survivor withdrew consent to referral: the service must stop. */
    REFERRAL_WITHDRAWN,
    /** To the coordinators: a school submitted its periodic report. */
    REPORT_SUBMITTED,
    /** To the coordinators: a school submitted its returned report again. */
    REPORT_RESUBMITTED,
    /** To the school's focal points: the district returned the report with a comment. */
    REPORT_RETURNED,
    /** To the school's focal points: the district accepted the report. */
    REPORT_ACCEPTED,
    /** To the unit: its report is due soon. */
    REPORT_DUE_SOON,
    /** To the unit: its report is overdue and not submitted. */
    REPORT_OVERDUE,
    /** To the school: the coordinator asks for the report ("Nhắc nộp"). */
    REPORT_REQUESTED,
    /** To the district's schools: the coordinator asks for an ad-hoc report. */
    ADHOC_REQUESTED,
    /** To the coordinators: a school submitted its answers to an ad-hoc report. */
    ADHOC_SUBMITTED,
    /** To the school: an ad-hoc report is due soon. */
    ADHOC_DUE_SOON,
    /** To the school: an ad-hoc report is overdue and not submitted. */
    ADHOC_OVERDUE,
    /** To the school: the coordinator asks for the ad-hoc report ("Nhắc nộp"). */
    ADHOC_REMINDED
}
