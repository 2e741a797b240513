package vn.tincay.incident;

/** Why a case was closed. */
public enum CloseReason {
    RESOLVED, TRANSFERRED_TO_AUTHORITIES, SURVIVOR_DECLINED, OTHER
}
