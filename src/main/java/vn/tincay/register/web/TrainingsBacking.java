package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.tincay.register.TrainingLine;
import vn.tincay.register.TrainingService;

/** /register/trainings.xhtml: the trainings of a register, paged in the database. */
@Named
@ViewScoped
public class TrainingsBacking extends DatedRegisterListBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    private TrainingService trainings;

    private boolean leadershipOnly;

    private final PagedModel<TrainingLine> model = new PagedModel<>(
            (first, max, sort, asc) -> trainings.list(scope(), getFrom(), getTo(), leadershipOnly, first, max, sort, asc),
            TrainingLine::id);

    public PagedModel<TrainingLine> getModel() {
        return model;
    }

    public boolean isLeadershipOnly() {
        return leadershipOnly;
    }

    public void setLeadershipOnly(boolean leadershipOnly) {
        this.leadershipOnly = leadershipOnly;
    }
}
