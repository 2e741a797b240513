package vn.tincay.incident;

/** Sex as recorded for statistics. */
public enum Sex {
    FEMALE, MALE, UNKNOWN
}
