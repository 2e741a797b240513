package vn.tincay.followup;

/** The forms of a case page whose typing is kept as a draft. Stored by name: never rename, only add. */
public enum FollowUpForm {
    COORDINATION,
    REFERRAL
}
