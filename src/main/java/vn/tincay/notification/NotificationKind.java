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
    REFERRAL_WITHDRAWN
}
