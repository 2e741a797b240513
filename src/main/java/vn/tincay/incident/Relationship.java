package vn.tincay.incident;

/** The alleged perpetrator's relationship to the survivor (GBVIMS, adapted to schools). */
public enum Relationship {
    FAMILY_MEMBER, INTIMATE_PARTNER, TEACHER_OR_STAFF, FELLOW_STUDENT, NEIGHBOUR, STRANGER, OTHER, UNKNOWN
}
