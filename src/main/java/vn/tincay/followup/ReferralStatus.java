package vn.tincay.followup;

/** sent → accepted or declined → service provided → closed. */
public enum ReferralStatus {
    SENT, ACCEPTED, DECLINED, SERVICE_PROVIDED, CLOSED;

    public boolean canMoveTo(ReferralStatus target) {
        return switch (this) {
            case SENT -> target == ACCEPTED || target == DECLINED;
            case ACCEPTED -> target == SERVICE_PROVIDED || target == CLOSED;
            case SERVICE_PROVIDED, DECLINED -> target == CLOSED;
            case CLOSED -> false;
        };
    }
}
