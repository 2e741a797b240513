package vn.tincay.register.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.web.BundleMessageResolver;
import vn.tincay.register.RegisterColumn;
import vn.tincay.register.RegisterWorkbook;
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

    /** The most rows one export holds. */
    public static final int EXPORT_LIMIT = 5000;

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

    /**
     * "Xuất Excel": the rows of the list as its filter and unit choice hold them, read through the same
     * service call as the table (so the same access check), as an XLSX download. Lists without an
     * export (the overview, the staff statistics) answer 404.
     */
    public void export() throws IOException {
        RegisterExport<?> export = exportTable();
        if (export == null) {
            Faces.responseSendError(404, "Not found");
            return;
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BundleMessageResolver.BUNDLE, Faces.getLocale());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        write(export, bundle, file);
        Faces.sendFile(file.toByteArray(), export.fileName() + ".xlsx", true);
    }

    /** What the list exports; none by default. */
    protected RegisterExport<?> exportTable() {
        return null;
    }

    private <T> void write(RegisterExport<T> export, ResourceBundle bundle, ByteArrayOutputStream out)
            throws IOException {
        RegisterWorkbook.write(export.titleKey(), export.columns(), export.model().allRows(EXPORT_LIMIT),
                unitLabel(bundle), bundle, LocalDateTime.now(LocalTime.ZONE), out);
    }

    /** Whose register the list shows, in words. */
    private String unitLabel(ResourceBundle bundle) {
        if (isOwnRegister()) {
            return own.name();
        }
        if (ALL_SCHOOLS.equals(unit)) {
            return bundle.getString("register.unit.allSchools");
        }
        if (WHOLE_DISTRICT.equals(unit)) {
            return bundle.getString("register.unit.wholeDistrict");
        }
        RegisterScope scope = scope();
        return schools.stream().filter(s -> s.id().equals(scope.schoolId())).map(SchoolOption::name).findFirst()
                .orElse(own.name());
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
