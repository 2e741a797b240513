package vn.tincay.register;

/** How a school did on one topic of an inspection or self-inspection. Stored by name. */
public enum ChecklistResult {
    MET, PARTLY_MET, NOT_MET;

    /** Anything short of "met" says what is missing in a remark. */
    public boolean needsRemark() {
        return this != MET;
    }
}
