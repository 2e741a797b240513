package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import vn.tincay.register.RegisterColumn;
import java.time.Clock;
import vn.tincay.platform.LocalTime;
import vn.tincay.register.InspectionLine;
import vn.tincay.register.InspectionService;
import vn.tincay.register.RegisterScope;

/**
 * /register/inspections.xhtml: the district's inspection plan and results (coordinator: the whole
 * plan or one school's; focal point: their school's inspections).
 */
@Named
@ViewScoped
public class InspectionsBacking extends RegisterListBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    private InspectionService inspections;

    private Integer year = LocalTime.today(Clock.systemUTC()).getYear();
    private Boolean done;

    private final PagedModel<InspectionLine> model = new PagedModel<>(
            (first, max, sort, asc) -> inspections.list(planScope(), year, done, first, max, sort, asc),
            InspectionLine::id);

    /** The district office's "own" register of inspections is the plan over all schools. */
    private RegisterScope planScope() {
        RegisterScope scope = scope();
        return scope.kind() == RegisterScope.Kind.DISTRICT_OFFICE ? RegisterScope.allSchools(scope.districtId()) : scope;
    }

    public PagedModel<InspectionLine> getModel() {
        return model;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Boolean getDone() {
        return done;
    }

    public void setDone(Boolean done) {
        this.done = done;
    }

    @Override
    protected RegisterExport<?> exportTable() {
        return new RegisterExport<>("register.inspections.title", "kiem-tra", List.of(
                RegisterColumn.<InspectionLine>number("register.filter.year", InspectionLine::planYear),
                RegisterColumn.<InspectionLine>date("register.inspection.plannedOn", InspectionLine::plannedOn),
                RegisterColumn.<InspectionLine>text("register.inspection.school", InspectionLine::schoolName),
                RegisterColumn.<InspectionLine>text("register.inspection.content", InspectionLine::content),
                RegisterColumn.<InspectionLine>date("register.export.doneOn", InspectionLine::doneOn),
                RegisterColumn.<InspectionLine>text("register.export.findings", InspectionLine::findings),
                RegisterColumn.<InspectionLine>text("register.export.recommendations", InspectionLine::recommendations)),
                model);
    }
}
