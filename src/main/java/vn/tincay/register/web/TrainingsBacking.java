package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import vn.tincay.register.RegisterColumn;
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

    @Override
    protected RegisterExport<?> exportTable() {
        return new RegisterExport<>("register.trainings.title", "tap-huan", List.of(
                RegisterColumn.<TrainingLine>date("register.export.startsOn", TrainingLine::startsOn),
                RegisterColumn.<TrainingLine>date("register.export.endsOn", TrainingLine::endsOn),
                RegisterColumn.<TrainingLine>text("register.training.topic", TrainingLine::topic),
                RegisterColumn.<TrainingLine>text("register.unit.column", TrainingLine::unitName),
                RegisterColumn.<TrainingLine>text("register.training.organiser", TrainingLine::organiser),
                RegisterColumn.<TrainingLine>number("register.export.participantsFemale", TrainingLine::participantsFemale),
                RegisterColumn.<TrainingLine>number("register.export.participantsMale", TrainingLine::participantsMale),
                RegisterColumn.<TrainingLine>number("register.export.participantsTotal", TrainingLine::participantsTotal),
                RegisterColumn.<TrainingLine>number("register.export.managers", TrainingLine::managers),
                RegisterColumn.<TrainingLine>number("register.export.committeeMembers", TrainingLine::committeeMembers),
                RegisterColumn.<TrainingLine>number("register.export.teachers", TrainingLine::teachers),
                RegisterColumn.<TrainingLine>label("register.training.leadership.badge",
                        t -> t.leadershipForWomen() ? "register.yes" : "register.no"),
                RegisterColumn.<TrainingLine>text("register.export.note", TrainingLine::note)),
                model);
    }
}
