package vn.tincay.incident;

/** GBVIMS age groups, used for survivors and perpetrators in lists and statistics. */
public enum AgeGroup {
    AGE_0_11(0, 11),
    AGE_12_17(12, 17),
    AGE_18_25(18, 25),
    AGE_26_40(26, 40),
    AGE_41_60(41, 60),
    AGE_61_PLUS(61, Integer.MAX_VALUE),
    UNKNOWN(-1, -1);

    private final int from;
    private final int to;

    AgeGroup(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public static AgeGroup of(Integer age) {
        if (age == null || age < 0) {
            return UNKNOWN;
        }
        for (AgeGroup group : values()) {
            if (age >= group.from && age <= group.to) {
                return group;
            }
        }
        return UNKNOWN;
    }

    /** True when everyone in the group is a child (under 18). */
    public boolean isChild() {
        return this == AGE_0_11 || this == AGE_12_17;
    }
}
