package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.tincay.register.WorkPlanLine;
import vn.tincay.register.WorkPlanService;

/** /register/plans.xhtml: the work plans of a register's unit with their budget, paged in the database. */
@Named
@ViewScoped
public class WorkPlansBacking extends RegisterListBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    private WorkPlanService plans;

    private Integer year;

    private final PagedModel<WorkPlanLine> model = new PagedModel<>(
            (first, max, sort, asc) -> plans.list(scope(), year, first, max, sort, asc), WorkPlanLine::id);

    public PagedModel<WorkPlanLine> getModel() {
        return model;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
