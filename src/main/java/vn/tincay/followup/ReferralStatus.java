package vn.tincay.followup;

/**
 * sent → accepted or declined → service provided → closed; an open referral is withdrawn when the
 * survivor withdraws consent to referral.
 */
public enum ReferralStatus {
    SENT, ACCEPTED, DECLINED, SERVICE_PROVIDED, CLOSED, WITHDRAWN;

    public boolean canMoveTo(ReferralStatus target) {
        return switch (this) {
            case SENT -> target == ACCEPTED || target == DECLINED || target == WITHDRAWN;
            case ACCEPTED -> target == SERVICE_PROVIDED || target == CLOSED || target == WITHDRAWN;
            case SERVICE_PROVIDED -> target == CLOSED || target == WITHDRAWN;
            case DECLINED -> target == CLOSED;
            case CLOSED, WITHDRAWN -> false;
        };
    }

    /** Still in the service's hands. */
    public boolean isOpen() {
        return this == SENT || this == ACCEPTED || this == SERVICE_PROVIDED;
    }
}
