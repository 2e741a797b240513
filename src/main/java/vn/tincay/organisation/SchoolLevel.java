package vn.tincay.organisation;

/** Level of a school, as the seed letters name them (MN, TH, THCS, and non-public preschool groups). */
public enum SchoolLevel {
    KINDERGARTEN, PRIMARY, LOWER_SECONDARY, PRESCHOOL_GROUP
}
