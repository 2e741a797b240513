package vn.tincay.followup;

/** Who a case was coordinated with. */
public enum Agency {
    POLICE, JUSTICE, WOMENS_UNION, HEALTH, SOCIAL_WORK_CENTRE, FAMILY, SCHOOL, OTHER
}
