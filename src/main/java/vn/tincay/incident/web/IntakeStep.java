package vn.tincay.incident.web;

/**
 * The sections of the intake form, shown one at a time in this order. Next and Back move one step;
 * there is no way past the first or the last.
 */
public enum IntakeStep {
    WHEN_WHERE,
    WHAT_HAPPENED,
    SURVIVOR,
    PERPETRATORS,
    CONSENT,
    REVIEW;

    /** 1-based, as shown to the user ("step 2 of 6"). */
    public int number() {
        return ordinal() + 1;
    }

    /** The step saved with a draft; the first step if the name is not (or no longer) a step. */
    public static IntakeStep named(String name) {
        for (IntakeStep candidate : values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        return values()[0];
    }

    public static int count() {
        return values().length;
    }

    public boolean isFirst() {
        return this == values()[0];
    }

    public boolean isLast() {
        return this == values()[values().length - 1];
    }

    public IntakeStep next() {
        return isLast() ? this : values()[ordinal() + 1];
    }

    public IntakeStep previous() {
        return isFirst() ? this : values()[ordinal() - 1];
    }

    /** Whether this step lies before the other one (a step already passed when the other is current). */
    public boolean isBefore(IntakeStep other) {
        return ordinal() < other.ordinal();
    }
}
