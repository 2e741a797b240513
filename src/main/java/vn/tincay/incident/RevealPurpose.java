package vn.tincay.incident;

/**
 * Why someone opens a survivor's identity (or the names of a case's files). Chosen from a list,
 * never typed, so the audit log can answer "who looked, and why" without holding case text.
 */
public enum RevealPurpose {
    VERIFICATION,
    FOLLOW_UP,
    REFERRAL,
    CONTACT_FAMILY,
    AUTHORITY_REQUEST,
    SURVIVOR_REQUEST,
    CORRECTION;

    /** The audit detail of a reveal: the purpose's name, or that none was given (older API clients). */
    public static String auditDetail(RevealPurpose purpose) {
        return "purpose: " + (purpose == null ? "not stated" : purpose.name());
    }
}
