package vn.tincay.register;

import java.io.Serializable;

/**
 * Trainings and their participants by sex and by role; leadership trainings for women (and their
 * participants by sex) counted apart as well. Role counts may overlap (a manager can be a committee member).
 */
public record TrainingTotals(long trainings, long participantsFemale, long participantsMale, long managers,
                             long committeeMembers, long teachers, long leadershipTrainings,
                             long leadershipParticipantsFemale, long leadershipParticipantsMale) implements Serializable {

    public long participantsTotal() {
        return participantsFemale + participantsMale;
    }
}
