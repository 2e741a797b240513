package vn.tincay.register;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Women among a group of people counted by sex, with their share in percent (one decimal). */
public record WomenShare(long female, long male) implements java.io.Serializable {

    public WomenShare {
        if (female < 0 || male < 0) {
            throw new IllegalArgumentException("Counts must not be negative");
        }
    }

    public long total() {
        return female + male;
    }

    /** Women's share in percent, rounded half up to one decimal (4 of 17 = 23.5); null for an empty group. */
    public BigDecimal percent() {
        if (total() == 0) {
            return null;
        }
        return BigDecimal.valueOf(female).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total()), 1, RoundingMode.HALF_UP);
    }

    /** Where the share lies against the target range; NO_DATA for an empty group. */
    public TargetStatus against(TargetRange target) {
        return target.classify(percent());
    }

    /** A group that has members but not one woman (e.g. a standing committee without a woman). */
    public boolean hasNoWoman() {
        return total() > 0 && female == 0;
    }
}
