package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import vn.tincay.register.TrainingLine;
import vn.tincay.register.TrainingService;

/** /register/trainings.xhtml: the trainings of a register, paged in the database. */
@Named
@ViewScoped
public class TrainingsBacking extends RegisterListBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    private TrainingService trainings;

    private LocalDate from;
    private LocalDate to;
    private boolean leadershipOnly;

    private final PagedModel<TrainingLine> model = new PagedModel<>(
            (first, max, sort, asc) -> trainings.list(scope(), from, to, leadershipOnly, first, max, sort, asc),
            TrainingLine::id);

    public PagedModel<TrainingLine> getModel() {
        return model;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isLeadershipOnly() {
        return leadershipOnly;
    }

    public void setLeadershipOnly(boolean leadershipOnly) {
        this.leadershipOnly = leadershipOnly;
    }
}
