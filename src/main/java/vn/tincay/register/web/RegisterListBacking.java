package vn.tincay.register.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.tincay.register.RegisterDirectory;
import vn.tincay.register.RegisterScope;
import vn.tincay.register.SchoolOption;
import vn.tincay.register.UnitInfo;
import vn.tincay.register.UnitOption;

/**
 * What every register list page shares: whose register is shown. A focal point sees their school's;
 * a coordinator picks the district office's own ("own"), one school's ("s" + id), all schools'
 * ("schools") or the whole district's ("district").
 */
public abstract class RegisterListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OWN = "own";
    public static final String ALL_SCHOOLS = "schools";
    public static final String WHOLE_DISTRICT = "district";

    @EJB
    private RegisterDirectory directory;

    private UnitInfo own;
    private List<SchoolOption> schools;
    private String unit = OWN;

    @PostConstruct
    void loadUnits() {
        own = directory.ownUnit();
        schools = directory.schoolsOfDistrict();
    }

    public RegisterScope scope() {
        long district = own.unit().districtId();
        if (!own.isDistrictOffice() || unit == null || OWN.equals(unit)) {
            return RegisterScope.of(own.unit());
        }
        if (ALL_SCHOOLS.equals(unit)) {
            return RegisterScope.allSchools(district);
        }
        if (WHOLE_DISTRICT.equals(unit)) {
            return RegisterScope.wholeDistrict(district);
        }
        try {
            return RegisterScope.school(district, Long.parseLong(unit.substring(1)));
        } catch (RuntimeException e) {
            unit = OWN;
            return RegisterScope.of(own.unit());
        }
    }

    /** The list shows the caller's own register, which they may add to and change. */
    public boolean isOwnRegister() {
        return !own.isDistrictOffice() || unit == null || OWN.equals(unit);
    }

    /** The list may hold rows of several units, so it shows the unit column. */
    public boolean isSeveralUnits() {
        return ALL_SCHOOLS.equals(unit) || WHOLE_DISTRICT.equals(unit);
    }

    /** The picker's choices besides "own" (the empty choice): all schools, the whole district, each school. */
    public List<UnitOption> getUnitOptions() {
        if (!own.isDistrictOffice()) {
            return List.of();
        }
        List<UnitOption> options = new ArrayList<>();
        options.add(new UnitOption(ALL_SCHOOLS, "register.unit.allSchools", null));
        options.add(new UnitOption(WHOLE_DISTRICT, "register.unit.wholeDistrict", null));
        for (SchoolOption school : schools) {
            options.add(new UnitOption("s" + school.id(), null, school.name()));
        }
        return options;
    }

    public boolean isCoordinator() {
        return own.isDistrictOffice();
    }

    public UnitInfo getOwn() {
        return own;
    }

    public List<SchoolOption> getSchools() {
        return schools;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
