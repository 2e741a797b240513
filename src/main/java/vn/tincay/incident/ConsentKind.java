package vn.tincay.incident;

/** What the survivor or guardian consented to, each of which can be withdrawn on its own. */
public enum ConsentKind {
    REFERRAL, STATISTICS, SHARE_CONTACT
}
