package vn.tincay.incident;

/** Where the incident happened. */
public enum PlaceType {
    SCHOOL_PREMISES, WAY_TO_SCHOOL, SURVIVOR_HOME, PERPETRATOR_HOME, OTHER_HOME, PUBLIC_PLACE, ONLINE, OTHER, UNKNOWN
}
