package vn.tincay.register;

import java.time.Instant;

/** Decisions setting up or re-forming a unit's Committee for the Advancement of Women, with its members. */
public final class WomenCommitteeKind extends RegisterKind<WomenCommittee, WomenCommitteeDraft> {

    WomenCommitteeKind() {
        super(WomenCommittee.class, WomenCommittee::new);
    }

    @Override
    public WomenCommitteeDraft newDraft() {
        WomenCommitteeDraft draft = new WomenCommitteeDraft();
        draft.addMember();
        return draft;
    }

    @Override
    public WomenCommitteeDraft draftOf(WomenCommittee row) {
        return WomenCommitteeDraft.of(row);
    }

    @Override
    protected void write(WomenCommittee row, WomenCommitteeDraft draft, String by, Instant at) {
        row.decide(draft.getDecisionNumber(), draft.getDecidedOn(), draft.getSignerBody(), draft.namedMembers(), by, at);
    }
}
