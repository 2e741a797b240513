package vn.tincay.register;

import java.io.Serializable;

/** A unit with its display name, and the name of its district office. */
public record UnitInfo(RegisterUnit unit, String name, String districtOfficeName) implements Serializable {

    public boolean isDistrictOffice() {
        return unit.isDistrictOffice();
    }
}
