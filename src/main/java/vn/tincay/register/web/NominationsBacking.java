package vn.tincay.register.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import vn.tincay.platform.LocalTime;
import vn.tincay.register.NominationLine;
import vn.tincay.register.NominationService;
import vn.tincay.register.NomineeKind;
import vn.tincay.register.RegisterColumn;
import vn.tincay.register.WomenShare;

/**
 * /register/nominations.xhtml: the emulation nominations of a register, by award year, with the share of
 * women among the individuals the filter holds.
 */
@Named
@ViewScoped
public class NominationsBacking extends RegisterListBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    private NominationService nominations;

    private Integer year = LocalTime.today(Clock.systemUTC()).getYear();
    private NomineeKind nomineeKind;
    private WomenShare individuals;

    private final PagedModel<NominationLine> model = new PagedModel<>(
            (first, max, sort, asc) -> nominations.list(scope(), year, nomineeKind, first, max, sort, asc),
            NominationLine::id);

    /** The share of women is read when the page opens and again for each filter, not on every render. */
    @PostConstruct
    public void filter() {
        individuals = nominations.individuals(scope(), year);
    }

    public WomenShare getIndividuals() {
        return individuals;
    }

    @Override
    protected RegisterExport<?> exportTable() {
        return new RegisterExport<>("register.emulation.title", "thi-dua-khen-thuong", List.of(
                RegisterColumn.<NominationLine>number("register.emulation.year", NominationLine::awardYear),
                RegisterColumn.<NominationLine>date("register.emulation.proposedOn", NominationLine::proposedOn),
                RegisterColumn.<NominationLine>label("register.emulation.kind",
                        n -> "register.emulation.kind." + n.nomineeKind()),
                RegisterColumn.<NominationLine>text("register.emulation.name", NominationLine::name),
                RegisterColumn.<NominationLine>label("register.emulation.sex",
                        n -> n.sex() == null ? null : "Sex." + n.sex()),
                RegisterColumn.<NominationLine>text("register.emulation.award", NominationLine::award),
                RegisterColumn.<NominationLine>text("register.unit.column", NominationLine::unitName),
                RegisterColumn.<NominationLine>text("register.emulation.achievement", NominationLine::achievement)),
                model);
    }

    public NomineeKind[] getNomineeKinds() {
        return NomineeKind.values();
    }

    public PagedModel<NominationLine> getModel() {
        return model;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public NomineeKind getNomineeKind() {
        return nomineeKind;
    }

    public void setNomineeKind(NomineeKind nomineeKind) {
        this.nomineeKind = nomineeKind;
    }
}
