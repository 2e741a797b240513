package vn.tincay.register;

/**
 * A unit that keeps a register: a school (schoolId set) or the district office itself
 * (schoolId null). Every register row carries the district, so district-wide sums are one WHERE.
 */
public record RegisterUnit(long districtId, Long schoolId) implements java.io.Serializable {

    public static RegisterUnit districtOffice(long districtId) {
        return new RegisterUnit(districtId, null);
    }

    public static RegisterUnit school(long districtId, long schoolId) {
        return new RegisterUnit(districtId, schoolId);
    }

    public boolean isDistrictOffice() {
        return schoolId == null;
    }

    /** The value of staff_statistics.unit_key: the school id, or 0 for the district office. */
    public long unitKey() {
        return schoolId == null ? 0L : schoolId;
    }
}
