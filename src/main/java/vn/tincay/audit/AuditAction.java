package vn.tincay.audit;

/** What an audit event records. Stored by name: never rename a constant, only add. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    SIGN_OUT,
    PASSWORD_CHANGED,
    ACCOUNT_CREATED,
    ACCOUNT_UPDATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    PASSWORD_RESET,
    SCHOOL_CREATED,
    SCHOOL_UPDATED,
    SERVICE_ORGANISATION_CREATED,
    SERVICE_ORGANISATION_UPDATED,
    AUDIT_CHAIN_VERIFIED
}
