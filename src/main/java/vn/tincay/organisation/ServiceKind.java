package vn.tincay.organisation;

/** What a service organisation does for survivors, or which agency it is. */
public enum ServiceKind {
    SOCIAL_WORK_CENTRE, SAFE_HOUSE, VICTIM_SUPPORT, SUPPORT_CLUB, POLICE, JUSTICE, HEALTH, WOMENS_UNION, OTHER
}
