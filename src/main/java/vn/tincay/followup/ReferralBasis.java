package vn.tincay.followup;

/**
 * Why a referral may be sent: the survivor's (or guardian's) recorded consent, or a legal basis
 * that overrides it, which must be explained and is audited.
 */
public enum ReferralBasis {
    CONSENT,
    CHILD_PROTECTION_DUTY,
    IMMEDIATE_DANGER;

    public boolean isLegalBasis() {
        return this != CONSENT;
    }
}
