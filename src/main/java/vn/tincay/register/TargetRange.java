package vn.tincay.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.tincay.platform.UserFacingException;

/** The target range for women's share in percent, e.g. 20-25 % (seed letter: "tỉ lệ nữ ... đạt từ 20-25%"). */
public record TargetRange(BigDecimal minPercent, BigDecimal maxPercent) implements java.io.Serializable {

    public static final TargetRange DEFAULT = new TargetRange(new BigDecimal("20.0"), new BigDecimal("25.0"));

    public TargetRange {
        if (minPercent == null || maxPercent == null) {
            throw new UserFacingException("register.error.targetRequired");
        }
        minPercent = minPercent.setScale(1, RoundingMode.HALF_UP);
        maxPercent = maxPercent.setScale(1, RoundingMode.HALF_UP);
        if (minPercent.signum() < 0 || maxPercent.compareTo(BigDecimal.valueOf(100)) > 0
                || minPercent.compareTo(maxPercent) > 0) {
            throw new UserFacingException("register.error.targetRange");
        }
    }

    public TargetStatus classify(BigDecimal percent) {
        if (percent == null) {
            return TargetStatus.NO_DATA;
        }
        if (percent.compareTo(minPercent) < 0) {
            return TargetStatus.BELOW;
        }
        return percent.compareTo(maxPercent) > 0 ? TargetStatus.ABOVE : TargetStatus.WITHIN;
    }
}
