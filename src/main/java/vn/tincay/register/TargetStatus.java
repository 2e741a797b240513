package vn.tincay.register;

/** A women's share compared with the district's target range. */
public enum TargetStatus {
    /** Nobody counted: nothing to compare. */
    NO_DATA,
    /** Below the lower bound of the target. */
    BELOW,
    /** Within the target range (bounds included). */
    WITHIN,
    /** Above the upper bound: target exceeded. */
    ABOVE;

    public boolean isMet() {
        return this == WITHIN || this == ABOVE;
    }
}
