package vn.tincay.register;

import java.time.Instant;
import java.util.EnumSet;

/** Communication activities, kept by each school and by the district office. */
public final class ActivityKind extends RegisterKind<CommunicationActivity, ActivityDraft> {

    ActivityKind() {
        super(CommunicationActivity.class, CommunicationActivity::new);
    }

    @Override
    public ActivityDraft newDraft() {
        return new ActivityDraft();
    }

    @Override
    public ActivityDraft draftOf(CommunicationActivity row) {
        return ActivityDraft.of(row);
    }

    @Override
    protected void write(CommunicationActivity row, ActivityDraft draft, String by, Instant at) {
        row.describe(draft.getTitle().strip(), draft.getHeldOn(), draft.getForm(),
                draft.getAudiences().isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(draft.getAudiences()),
                draft.getParticipantsFemale(), draft.getParticipantsMale(), draft.getActionMonth(),
                Text.trimToNull(draft.getEffectiveness()), by, at);
        row.cover(ActivityTopic.setOf(draft.getTopics()), Partners.parse(draft.getPartners()));
    }
}
