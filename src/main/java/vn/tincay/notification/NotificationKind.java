package vn.tincay.notification;

/** What an in-app notification is about. Stored by name: never rename a constant, only add. */
public enum NotificationKind {
    URGENT_INCIDENT
}
