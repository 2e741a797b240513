package vn.tincay.security.twofactor;

import java.io.Serializable;
import java.time.Instant;

/** Whether the caller has a second factor, whether the role requires one, and how many recovery codes are left. */
public record SecondFactorStatus(boolean enrolled, Instant enrolledAt, boolean required, long recoveryCodesLeft)
        implements Serializable {
}
