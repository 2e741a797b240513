package vn.tincay.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import vn.tincay.incident.Sex;
import vn.tincay.platform.LocalTime;
import vn.tincay.register.NominationDraft;
import vn.tincay.register.NomineeKind;
import vn.tincay.register.RegisterKind;
import vn.tincay.register.RegisterKinds;

/** /register/nomination.xhtml?id=: records or changes an emulation nomination (read-only for other units). */
@Named
@ViewScoped
public class NominationBacking extends RegisterRecordBacking<NominationDraft> {

    private static final long serialVersionUID = 1L;

    @Override
    protected RegisterKind<?, NominationDraft> kind() {
        return RegisterKinds.NOMINATION;
    }

    @Override
    protected String listPage() {
        return "/register/nominations";
    }

    /** A new nomination is for this year, proposed today; both stay editable. */
    @Override
    protected void opened() {
        if (getDraft().isNew()) {
            getDraft().setAwardYear(LocalTime.today(Clock.systemUTC()).getYear());
            getDraft().setProposedOn(LocalTime.today(Clock.systemUTC()));
        }
    }

    public NomineeKind[] getNomineeKinds() {
        return NomineeKind.values();
    }

    /** Individuals are women or men; "unknown" is no choice for a person put forward by name. */
    public List<Sex> getSexes() {
        return List.of(Sex.FEMALE, Sex.MALE);
    }

    public boolean isIndividual() {
        return getDraft().getNomineeKind() == NomineeKind.INDIVIDUAL;
    }
}
