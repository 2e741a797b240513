package vn.tincay.incident;

/**
 * An answer to a GBVIMS question: yes, no, or "not known" – a real answer the reporter may give,
 * which the district coordinator must resolve while verifying the case.
 */
public enum Answer {
    YES, NO, UNKNOWN;

    public static Answer of(boolean yes) {
        return yes ? YES : NO;
    }

    public boolean isYes() {
        return this == YES;
    }
}
