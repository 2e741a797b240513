package vn.tincay.register;

import java.time.Instant;

/** Emulation nominations, kept by each school and by the district office. */
public final class NominationKind extends RegisterKind<EmulationNomination, NominationDraft> {

    NominationKind() {
        super(EmulationNomination.class, EmulationNomination::new);
    }

    @Override
    public NominationDraft newDraft() {
        return new NominationDraft();
    }

    @Override
    public NominationDraft draftOf(EmulationNomination row) {
        return NominationDraft.of(row);
    }

    @Override
    protected void write(EmulationNomination row, NominationDraft draft, String by, Instant at) {
        row.propose(draft.getAwardYear(), draft.getProposedOn(), draft.getNomineeKind(), draft.getName().strip(),
                draft.getSex(), draft.getAward().strip(), Text.trimToNull(draft.getAchievement()), by, at);
    }
}
