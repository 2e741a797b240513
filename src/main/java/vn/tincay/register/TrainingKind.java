package vn.tincay.register;

import java.time.Instant;

/** Trainings, kept by each school and by the district office. */
public final class TrainingKind extends RegisterKind<Training, TrainingDraft> {

    TrainingKind() {
        super(Training.class, Training::new);
    }

    @Override
    public TrainingDraft newDraft() {
        return new TrainingDraft();
    }

    @Override
    public TrainingDraft draftOf(Training row) {
        return TrainingDraft.of(row);
    }

    @Override
    protected void write(Training row, TrainingDraft draft, String by, Instant at) {
        row.describe(draft.getTopic().strip(), draft.getStartsOn(), draft.getEndsOn(), draft.getOrganiser().strip(),
                draft.getParticipantsFemale(), draft.getParticipantsMale(), draft.getManagers(),
                draft.getCommitteeMembers(), draft.getTeachers(), draft.isLeadershipForWomen(),
                Text.trimToNull(draft.getNote()), by, at);
        row.cover(ActivityTopic.setOf(draft.getTopics()));
    }
}
