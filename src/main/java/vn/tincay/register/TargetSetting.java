package vn.tincay.register;

import java.io.Serializable;

/** The district's target range as set (or the default when never set), with its version for editing. */
public record TargetSetting(TargetRange range, int version, boolean isDefault) implements Serializable {
}
