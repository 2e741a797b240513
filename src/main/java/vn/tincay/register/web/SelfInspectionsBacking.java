package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.Clock;
import vn.tincay.platform.LocalTime;
import vn.tincay.register.RegisterScope;
import vn.tincay.register.SelfInspectionLine;
import vn.tincay.register.SelfInspectionService;

/**
 * /register/self-inspections.xhtml: the schools' self-inspections (focal point: their school's;
 * coordinator: all schools' or one school's).
 */
@Named
@ViewScoped
public class SelfInspectionsBacking extends RegisterListBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    private SelfInspectionService selfInspections;

    private Integer year = LocalTime.today(Clock.systemUTC()).getYear();

    private final PagedModel<SelfInspectionLine> model = new PagedModel<>(
            (first, max, sort, asc) -> selfInspections.list(schoolsScope(), year, first, max, sort, asc),
            SelfInspectionLine::id);

    /** The district office inspects no school of its own: its "own" list is all schools'. */
    private RegisterScope schoolsScope() {
        RegisterScope scope = scope();
        return scope.kind() == RegisterScope.Kind.DISTRICT_OFFICE ? RegisterScope.allSchools(scope.districtId()) : scope;
    }

    public PagedModel<SelfInspectionLine> getModel() {
        return model;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
