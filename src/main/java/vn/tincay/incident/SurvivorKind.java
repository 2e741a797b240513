package vn.tincay.incident;

/** Whether the survivor is a student or a member of staff. */
public enum SurvivorKind {
    STUDENT, STAFF, OTHER
}
